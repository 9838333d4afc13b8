import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TipoReporte } from "@/generated/prisma/enums";
import { NOMBRE_TIPO_REPORTE } from "@/lib/etiquetas";
import { fechaEnBogota, formatearFecha } from "@/lib/fechas";
import { fechaLimite, periodosDeVigencia } from "@/lib/periodos";
import { ErrorDeNegocio, type ErroresDeCampo } from "@/server/operacion";
import type { PlanSeguimiento } from "./forma";
import { reportesBajo } from "./nodos";

type Tx = Prisma.TransactionClient;

/**
 * The dashboards and the metas add up every report of a kind in the vigencia, so a second
 * seguimiento of the same kind would count twice. Runs under the vigencia's lock.
 */
export async function exigirTipoUnico(tx: Tx, vigenciaId: number, tipo: TipoReporte, excepto?: number) {
  const otro = await tx.seguimiento.findFirst({
    where: { vigenciaId, tipoReporte: tipo, NOT: excepto ? { id: excepto } : undefined },
    select: { accion: { select: { texto: true } } },
  });
  if (!otro) return;
  const nombre = NOMBRE_TIPO_REPORTE[tipo];
  throw new ErrorDeNegocio(`La vigencia ya tiene un seguimiento de tipo «${nombre}».`, {
    tipoReporte: [
      `Ya hay un seguimiento «${nombre}» en la acción «${recortar(otro.accion.texto)}». Los tableros ` +
        "suman todos los reportes de un tipo en la vigencia: cada tipo de reporte va en un solo seguimiento.",
    ],
  });
}

function recortar(texto: string, largo = 80): string {
  return texto.length <= largo ? texto : `${texto.slice(0, largo - 1).trimEnd()}…`;
}

/** The fields that give existing reports their meaning: the period codes, who files, the form. */
const CAMPOS_QUE_DAN_SENTIDO = ["periodicidad", "alcance", "tipoReporte"] as const;

const POR_QUE = {
  periodicidad: "sus periodos",
  alcance: "quién los presenta",
  tipoReporte: "su formulario",
} as const;

/**
 * Once a seguimiento has reports (drafts included), its periodicity, scope and kind are fixed, and
 * it cannot be restricted to centros with aprovechamiento while reports of other centros exist.
 * Texts, tool and responsables may always change; deadline days, see `exigirPlazosQueNoSeMueven`.
 */
export async function exigirCambiosPermitidos(
  tx: Tx,
  actual: PlanSeguimiento & { id: number },
  nuevo: PlanSeguimiento,
) {
  const { reportes } = await reportesBajo(tx, { id: actual.id });
  if (reportes === 0) return;
  const errores: ErroresDeCampo = {};
  const cuantos = reportes === 1 ? "un reporte" : `${reportes.toLocaleString("es-CO")} reportes`;
  for (const campo of CAMPOS_QUE_DAN_SENTIDO) {
    if (nuevo[campo] !== actual[campo]) {
      errores[campo] = [
        `No se puede cambiar: el seguimiento ya tiene ${cuantos} y perderían ${POR_QUE[campo]}.`,
      ];
    }
  }
  if (nuevo.soloCentrosConAprovechamiento && !actual.soloCentrosConAprovechamiento) {
    const ajenos = await tx.reporte.count({
      where: { seguimientoId: actual.id, centro: { generaAprovechamiento: false } },
    });
    if (ajenos > 0) {
      errores.soloCentrosConAprovechamiento = [
        `No se puede restringir: ${ajenos === 1 ? "hay un reporte" : `hay ${ajenos} reportes`} de centros ` +
          "que no generan aprovechamiento, que dejarían de ser obligaciones.",
      ];
    }
  }
  if (Object.keys(errores).length > 0) {
    throw new ErrorDeNegocio(
      `No se guardó: este seguimiento ya tiene ${cuantos} y los cambios marcados les quitarían su sentido.`,
      errores,
    );
  }
}

/**
 * The deadline days of a seguimiento change only while no deadline of its vigencia has passed,
 * under the current days or under the new ones (decision 0019): a passed deadline is what
 * reports were judged on time or late against, and what reminders and escalations were sent for.
 */
export async function exigirPlazosQueNoSeMueven(
  tx: Tx,
  actual: PlanSeguimiento & { vigenciaId: number },
  nuevo: PlanSeguimiento,
  hoy = fechaEnBogota(new Date()),
) {
  if (nuevo.diasOportunidad === actual.diasOportunidad) return;
  const { anio } = await tx.vigencia.findUniqueOrThrow({
    where: { id: actual.vigenciaId },
    select: { anio: true },
  });
  const dias = Math.min(actual.diasOportunidad, nuevo.diasOportunidad);
  const vencido = periodosDeVigencia(anio, actual.periodicidad).find((p) => fechaLimite(p, dias) < hoy);
  if (!vencido) return;
  const antes = fechaLimite(vencido, actual.diasOportunidad);
  const mensaje =
    antes < hoy
      ? `No se puede cambiar: el plazo del ${vencido.etiqueta.toLowerCase()} ya venció el ${formatearFecha(antes)} ` +
        "y los reportes se juzgaron a tiempo o tarde contra él."
      : `No se puede cambiar a ${nuevo.diasOportunidad} días: el plazo del ${vencido.etiqueta.toLowerCase()} ` +
        `quedaría en el pasado (${formatearFecha(fechaLimite(vencido, nuevo.diasOportunidad))}).`;
  throw new ErrorDeNegocio("No se guardó: los plazos que ya corrieron no se mueven.", {
    diasOportunidad: [`${mensaje} Cambie los días en la vigencia siguiente.`],
  });
}
