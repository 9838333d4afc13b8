import "server-only";
import { definirOperacion } from "@/server/operacion";
import { autorizar } from "@/server/autorizacion";
import { conVersion } from "@/server/bloqueo";
import { leerConfiguracion } from "./configuracion";
import { ejecutarPasadaEn, TIEMPO_MAXIMO_PASADA_MS } from "./pasada";
import { configuracionSchema, ejecutarAhoraSchema } from "./schemas";

/** An ADMIN changes the days of reminders and deadlines; deadlines already given keep their dates. */
export const guardarConfiguracion = definirOperacion(
  "guardarConfiguracionRecordatorios",
  configuracionSchema,
  async ({ version, ...nueva }, { actor, tx, auditar }) => {
    autorizar(actor, { accion: "administrar" });
    const { version: _v, updatedAt: _u, ...antes } = await leerConfiguracion(tx);
    const nuevaVersion = await conVersion(
      (condicion) =>
        tx.configuracionSeguimiento.updateMany({
          where: { id: 1, ...condicion },
          data: { ...nueva, version: { increment: 1 } },
        }),
      version,
    );
    await auditar({
      accion: "EDITAR",
      entidad: "ConfiguracionSeguimiento",
      entidadId: 1,
      antes,
      despues: nueva,
    });
    return { version: nuevaVersion };
  },
);

/** An ADMIN runs a pass now instead of waiting for the morning one; it delivers only what is due. */
export const ejecutarAhora = definirOperacion(
  "ejecutarRecordatorios",
  ejecutarAhoraSchema,
  async (_, { actor, tx, auditar }) => {
    autorizar(actor, { accion: "administrar" });
    const resultado = await ejecutarPasadaEn(tx, { origen: "MANUAL" });
    await auditar({
      accion: "EJECUTAR_RECORDATORIOS",
      entidad: "PasadaRecordatorios",
      entidadId: resultado.fecha,
      despues: resultado,
    });
    return resultado;
  },
  { tiempoMaximoMs: TIEMPO_MAXIMO_PASADA_MS },
);
