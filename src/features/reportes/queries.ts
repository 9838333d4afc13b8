import "server-only";
import { metaDelPeriodo } from "@/features/metas/queries";
import { parseId } from "@/lib/identificadores";
import { puede, type Actor } from "@/server/autorizacion";
import { db } from "@/server/db";

function cargarReporte(id: number) {
  return db().reporte.findUnique({
    where: { id },
    include: {
      seguimiento: {
        select: {
          alcance: true,
          diasOportunidad: true,
          observacion: true,
          // What the plan asks of this report, shown to whoever fills it and reviews it.
          accion: {
            select: {
              texto: true,
              resultadoEsperado: true,
              lineamiento: { select: { texto: true, tema: { select: { codigo: true, nombre: true } } } },
            },
          },
        },
      },
      vigencia: { select: { anio: true, nombre: true } },
      centro: { select: { id: true, nombre: true, regional: { select: { nombre: true } } } },
      enviadoPor: { select: { nombre: true } },
      revisadoPor: { select: { nombre: true } },
      recaudo: true,
      recaudoPorRegional: {
        include: { regional: { select: { nombre: true } } },
        orderBy: { regionalId: "asc" },
      },
      comitePrecios: true,
      trazabilidadVentas: true,
      ejecucionRecursos: true,
    },
  });
}

export type ReporteDetalle = NonNullable<Awaited<ReturnType<typeof cargarReporte>>>;

/**
 * A report for someone allowed to see it; null when it does not exist or belongs to a centro the
 * user may not see, so that the answer does not reveal which ids exist.
 */
export async function reporteParaVer(actor: Actor, id: number): Promise<ReporteDetalle | null> {
  if (parseId(id) === null) return null;
  const reporte = await cargarReporte(id);
  if (!reporte) return null;
  const autorizable = {
    centroId: reporte.centroId,
    estado: reporte.estado,
    alcance: reporte.seguimiento.alcance,
  };
  return puede(actor, { accion: "ver-reporte", reporte: autorizable }) ? reporte : null;
}

/** What the RECAUDO form needs besides the report: the regionales and the semester's national meta. */
export async function contextoDelFormulario(reporte: ReporteDetalle) {
  if (reporte.tipo !== "RECAUDO") return { regionales: [], meta: null };
  const [regionales, meta] = await Promise.all([
    db().regional.findMany({ orderBy: { nombre: "asc" }, select: { id: true, nombre: true } }),
    metaDelPeriodo(reporte.vigenciaId, reporte.periodo),
  ]);
  return { regionales, meta: meta.nacional === null ? null : meta.nacional.toString() };
}
