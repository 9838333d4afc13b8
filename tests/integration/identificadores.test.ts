import { beforeAll, describe, expect, it } from "vitest";
import { editarCentro, crearCentro } from "@/features/centros/operaciones";
import { editarRegional } from "@/features/centros/operaciones-regionales";
import { editarCentroEnVigencia } from "@/features/centros/operaciones-vigencias";
import { reintentarCorreo } from "@/features/correos/operaciones";
import { eliminarEvidencia, subirEvidencia } from "@/features/evidencias/operaciones";
import { desvincularIdentidad } from "@/features/ingreso/operaciones";
import { guardarMetas } from "@/features/metas/operaciones";
import { abrirNotificacion } from "@/features/notificaciones/operaciones";
import { crearVigencia } from "@/features/plan/operaciones/vigencias";
import { eliminarTema } from "@/features/plan/operaciones/temas";
import { guardarReporte, iniciarReporte } from "@/features/reportes/operaciones";
import { aprobar, devolver } from "@/features/revision/operaciones";
import { crearUsuario, editarUsuario, restablecerClave } from "@/features/usuarios/operaciones";
import type { Actor } from "@/server/autorizacion";
import type { Operacion } from "@/server/operacion";
import { crearEscenario, type Escenario } from "../helpers/escenario";

let e: Escenario;

beforeAll(async () => {
  e = await crearEscenario("ids");
});

const FUERA = 3_000_000_000;
const centro = {
  codigo: "IDS-NUEVO",
  nombre: "Centro nuevo de ids",
  generaAprovechamiento: false,
  requiereRecursos: true,
  activo: true,
};

/** [operation, who, input, the field that carries the id out of range] */
function casos(): [string, Operacion<unknown>, Actor, Record<string, unknown>, string][] {
  const { admin, coordinador, subdirectorA } = e.actores;
  return [
    [
      "guardarReporte",
      guardarReporte,
      subdirectorA,
      { reporteId: FUERA, version: 1, enviar: false, datos: {} },
      "reporteId",
    ],
    [
      "guardarReporte (versión)",
      guardarReporte,
      subdirectorA,
      { reporteId: e.reporteA.id, version: FUERA, enviar: false, datos: {} },
      "version",
    ],
    [
      "iniciarReporte",
      iniciarReporte,
      subdirectorA,
      { seguimientoId: String(FUERA), periodo: "2020-T2" },
      "seguimientoId",
    ],
    ["aprobar", aprobar, coordinador, { reporteId: FUERA, version: 1 }, "reporteId"],
    [
      "devolver (versión)",
      devolver,
      coordinador,
      { reporteId: e.reporteA.id, version: FUERA, comentario: "Un comentario suficiente." },
      "version",
    ],
    [
      "guardarMetas",
      guardarMetas,
      coordinador,
      { vigenciaId: FUERA, periodo: "2020-S1", huella: "h", nacional: "", regionales: [] },
      "vigenciaId",
    ],
    [
      "guardarMetas (regional)",
      guardarMetas,
      coordinador,
      {
        vigenciaId: e.vigencia.id,
        periodo: "2020-S1",
        huella: "h",
        nacional: "",
        regionales: [{ regionalId: FUERA, monto: "1" }],
      },
      "regionales.0.regionalId",
    ],
    [
      "crearUsuario",
      crearUsuario,
      admin,
      { email: "nuevo.ids@pruebas.test", nombre: "Nuevo Ids", rol: "SUBDIRECTOR", centroId: String(FUERA) },
      "centroId",
    ],
    [
      "editarUsuario",
      editarUsuario,
      admin,
      { usuarioId: FUERA, version: 1, nombre: "Otro Nombre", rol: "CONSULTA", centroId: "", activo: true },
      "usuarioId",
    ],
    ["restablecerClave", restablecerClave, admin, { usuarioId: FUERA }, "usuarioId"],
    ["desvincularIdentidad", desvincularIdentidad, admin, { usuarioId: String(FUERA) }, "usuarioId"],
    ["crearCentro", crearCentro, admin, { ...centro, regionalId: String(FUERA) }, "regionalId"],
    [
      "editarCentro",
      editarCentro,
      admin,
      { ...centro, id: String(FUERA), version: 1, regionalId: String(e.centroA.regionalId) },
      "id",
    ],
    [
      "editarCentroEnVigencia",
      editarCentroEnVigencia,
      admin,
      {
        centroId: FUERA,
        vigenciaId: e.vigencia.id,
        version: 0,
        activo: true,
        generaAprovechamiento: true,
        requiereRecursos: true,
      },
      "centroId",
    ],
    [
      "editarRegional",
      editarRegional,
      admin,
      { id: String(FUERA), version: 1, codigo: "77", nombre: "Regional de ids" },
      "id",
    ],
    ["crearVigencia", crearVigencia, admin, { anio: "2031", nombre: "", origenId: FUERA }, "origenId"],
    ["eliminarTema", eliminarTema, admin, { vigenciaId: e.vigencia.id, temaId: FUERA, version: 1 }, "temaId"],
    [
      "subirEvidencia",
      subirEvidencia,
      subdirectorA,
      { reporteId: String(FUERA), archivo: new File(["%PDF-1.4"], "acta.pdf") },
      "reporteId",
    ],
    ["eliminarEvidencia", eliminarEvidencia, subdirectorA, { evidenciaId: String(FUERA) }, "evidenciaId"],
    [
      "abrirNotificacion",
      abrirNotificacion,
      subdirectorA,
      { notificacionId: String(FUERA) },
      "notificacionId",
    ],
    ["reintentarCorreo", reintentarCorreo, admin, { correoId: String(FUERA) }, "correoId"],
  ];
}

describe("ids más allá del entero de la base", () => {
  it("cada operación que recibe un id fuera de rango lo rechaza como dato no válido, sin llegar a la base", async () => {
    const distintas: string[] = [];
    for (const [nombre, operacion, actor, input, campo] of casos()) {
      const r = await operacion(actor, input);
      const comoDatoNoValido =
        !r.ok &&
        r.message === "Revise los campos marcados: hay datos que no son válidos." &&
        (r.fieldErrors?.[campo]?.length ?? 0) > 0;
      if (!comoDatoNoValido) distintas.push(`${nombre}: ${r.ok ? "aceptada" : r.message}`);
    }
    expect(distintas).toEqual([]);
  });
});
