import "server-only";
import type { Contexto } from "@/server/operacion";
import { definirImportacion, type ArchivoLeido } from "@/server/importacion";
import { ErrorDeNegocio } from "@/server/errores";
import { claveDeMeta, planificarMetas, type MetaGuardada } from "./importacion";
import { aplicarCambio, bloquearVigencia } from "./operaciones";

export const MENSAJE_METAS_IMPORTACION_DESACTUALIZADA =
  "Las metas cambiaron desde que revisó el archivo (alguien guardó metas de esos semestres, o el " +
  "archivo es otro). No se importó nada: revise la vista previa actualizada y confirme de nuevo.";

/**
 * Every row against the stored metas. With `bloquear`, the vigencias are locked first (each as saving
 * the metas form locks its own), so nobody saves metas between this check and the write. There are
 * a few vigencias and some seventy metas in each: all of them are read.
 */
async function planificar({ tx }: Contexto, archivo: ArchivoLeido, bloquear: boolean) {
  const [vigencias, regionales] = await Promise.all([
    tx.vigencia.findMany({ orderBy: { anio: "asc" }, select: { id: true, anio: true } }),
    tx.regional.findMany({ select: { id: true, codigo: true, nombre: true } }),
  ]);
  if (bloquear) for (const v of vigencias) await bloquearVigencia(tx, v.id);
  const filas: MetaGuardada[] = await tx.metaRecaudo.findMany({
    select: { id: true, vigenciaId: true, periodo: true, regionalId: true, ambito: true, monto: true },
  });
  const plan = planificarMetas(archivo.tabla, {
    vigencias: new Map(vigencias.map((v) => [v.anio, v])),
    regionales,
    guardadas: new Map(filas.map((f) => [claveDeMeta(f.vigenciaId, f.periodo, f.ambito), f])),
  });
  if (!plan.ok) throw new ErrorDeNegocio(plan.error, { archivo: [plan.error] });
  return { ...plan, guardadas: filas };
}

/**
 * The metas import: a file of (vigencia, semestre, regional, meta), previewed row by row with the
 * national metas that change with it, applied whole or not at all. Each meta it sets gets its audit
 * event (`IMPORTAR`, before and after), as every import audits its rows.
 */
const importacion = definirImportacion({
  nombre: "Metas",
  permiso: { accion: "gestionar-metas" },
  falta: "Elija el archivo con las metas.",
  obligatorias: [],
  deQue: "ninguna meta",
  mensajeDesactualizada: MENSAJE_METAS_IMPORTACION_DESACTUALIZADA,
  planificar,
  vista: (plan, archivo) => ({
    archivo: archivo.nombre,
    filasLeidas: archivo.tabla.filas.length,
    regionales: plan.filas.filter((f) => f.regionalId !== null && f.accion !== "SIN_CAMBIOS"),
    sinCambios: plan.filas.filter((f) => f.accion === "SIN_CAMBIOS").length,
    nacionales: plan.nacionales,
  }),
  aplicar: async (ctx, plan) => {
    const guardada = (vigenciaId: number, periodo: string, regionalId: number | null) =>
      plan.guardadas.find(
        (g) => g.vigenciaId === vigenciaId && g.periodo === periodo && g.regionalId === regionalId,
      );
    let fijadas = 0;
    for (const f of plan.filas) {
      if (f.regionalId === null || f.accion === "SIN_CAMBIOS") continue;
      const clave = { vigenciaId: f.vigenciaId, periodo: f.periodo, regionalId: f.regionalId };
      await aplicarCambio(ctx, clave, guardada(f.vigenciaId, f.periodo, f.regionalId), f.despues, "IMPORTAR");
      fijadas += 1;
    }
    for (const n of plan.nacionales) {
      const clave = { vigenciaId: n.vigenciaId, periodo: n.periodo, regionalId: null };
      await aplicarCambio(ctx, clave, guardada(n.vigenciaId, n.periodo, null), n.despues, "IMPORTAR");
      fijadas += 1;
    }
    return { fijadas, nacionales: plan.nacionales.length };
  },
});

export const previsualizarImportacionDeMetas = importacion.previsualizar;
export const importarMetas = importacion.confirmar;

export type VistaPreviaDeMetas = Extract<
  Awaited<ReturnType<typeof previsualizarImportacionDeMetas>>,
  { ok: true }
>["data"];
