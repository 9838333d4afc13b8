import "server-only";
import { metaDelPeriodo } from "@/features/metas/queries";
import { parseId } from "@/lib/identificadores";
import { puede, type Actor } from "@/server/autorizacion";
import { db } from "@/server/db";
import { leerFormulario, type Formulario } from "@/lib/seguimientos/declaracion";
import type { DatosDelReporte } from "@/lib/seguimientos/datos";
import { datosDeFilas, SELECCION_DE_VALORES } from "./valores";
import { nombreDelPeriodo } from "@/lib/periodos";

function cargarReporte(id: number) {
  return db().reporte.findUnique({
    where: { id },
    include: {
      seguimiento: {
        select: {
          nombre: true,
          alcance: true,
          periodicidad: true,
          formulario: true,
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
      ...SELECCION_DE_VALORES,
    },
  });
}

type ReporteCargado = NonNullable<Awaited<ReturnType<typeof cargarReporte>>>;

/** A report with its seguimiento's declared form and its data read against it. */
export type ReporteDetalle = Omit<ReporteCargado, "valores" | "valoresRegionales"> & {
  formulario: Formulario;
  datos: DatosDelReporte;
};

function conSusDatos({ valores, valoresRegionales, ...reporte }: ReporteCargado): ReporteDetalle {
  return {
    ...reporte,
    formulario: leerFormulario(reporte.seguimiento.formulario),
    datos: datosDeFilas({ justificacion: reporte.justificacion, valores, valoresRegionales }),
  };
}

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
  return puede(actor, { accion: "ver-reporte", reporte: autorizable }) ? conSusDatos(reporte) : null;
}

/**
 * What a report's figures are read against besides the report: the regionales of its breakdown,
 * the meta of its period when an indicator compares with metas, and what its period is called.
 */
export async function contextoDelReporte(reporte: ReporteDetalle) {
  const { formulario } = reporte;
  const conMeta = (formulario.indicadores ?? []).some((i) => i.tipo === "sumaContraMeta");
  const [regionales, meta] = await Promise.all([
    formulario.desglosePorRegional
      ? db().regional.findMany({ orderBy: { nombre: "asc" }, select: { id: true, nombre: true } })
      : [],
    conMeta ? metaDelPeriodo(reporte.vigenciaId, reporte.periodo) : null,
  ]);
  return {
    regionales,
    nombres: new Map(regionales.map((r) => [r.id, r.nombre])),
    meta: meta?.nacional ?? null,
    periodo: nombreDelPeriodo(reporte.seguimiento.periodicidad),
  };
}

export type ContextoDelReporte = Awaited<ReturnType<typeof contextoDelReporte>>;
