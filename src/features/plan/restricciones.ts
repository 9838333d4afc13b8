import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TipoReporte } from "@/generated/prisma/enums";
import { fechaEnBogota, formatearFecha } from "@/lib/fechas";
import { fechaLimite, parsePeriodo, periodosDeVigencia } from "@/lib/periodos";
import { ErrorDeNegocio, type ErroresDeCampo } from "@/server/errores";
import type { PlanSeguimiento } from "./forma";
import { reportesBajo } from "./nodos";

type Tx = Prisma.TransactionClient;

/**
 * A seguimiento's key is unique in its vigencia: it names the seguimiento from one vigencia to the
 * next, and the dashboards and metas follow it. Runs under the vigencia's lock.
 */
export async function exigirClaveUnica(tx: Tx, vigenciaId: number, clave: string, excepto?: number) {
  const otro = await tx.seguimiento.findFirst({
    where: { vigenciaId, clave, NOT: excepto ? { id: excepto } : undefined },
    select: { nombre: true, accion: { select: { texto: true } } },
  });
  if (!otro) return;
  throw new ErrorDeNegocio(`La vigencia ya tiene un seguimiento con la clave «${clave}».`, {
    clave: [
      `Ya la usa «${otro.nombre}», en la acción «${recortar(otro.accion.texto)}». Cada seguimiento de ` +
        "una vigencia tiene su propia clave.",
    ],
  });
}

function recortar(texto: string, largo = 80): string {
  return texto.length <= largo ? texto : `${texto.slice(0, largo - 1).trimEnd()}…`;
}

/** The settings that give existing reports their meaning: who it is, its periods, who files. */
const CAMPOS_QUE_DAN_SENTIDO = ["clave", "periodicidad", "alcance"] as const;

const POR_QUE = {
  clave: "el seguimiento al que pertenecen",
  periodicidad: "sus periodos",
  alcance: "quién los presenta",
} as const;

function cuantos(n: number): string {
  return n === 1 ? "un reporte" : `${n.toLocaleString("es-CO")} reportes`;
}

/**
 * Once a seguimiento has reports (drafts included), its key, periodicity and scope are fixed, and
 * it cannot oblige fewer centros while reports of the others exist. Its form may change as long
 * as no report sent or approved loses a field it filled or sees it retyped (`exigirFormularioCompatible`).
 * Texts, tool and responsables may always change; deadline days, see `exigirPlazosQueNoSeMueven`.
 */
export async function exigirCambiosPermitidos(
  tx: Tx,
  actual: PlanSeguimiento & { id: number; vigenciaId: number; tipoReporte: TipoReporte | null },
  nuevo: PlanSeguimiento,
) {
  const { reportes } = await reportesBajo(tx, { id: actual.id });
  if (reportes === 0) return;
  const errores: ErroresDeCampo = {};
  for (const campo of CAMPOS_QUE_DAN_SENTIDO) {
    if (nuevo[campo] !== actual[campo]) {
      errores[campo] = [
        `No se puede cambiar: el seguimiento ya tiene ${cuantos(reportes)} y perderían ${POR_QUE[campo]}.`,
      ];
    }
  }
  if (nuevo.obligados !== actual.obligados && nuevo.obligados !== "TODOS") {
    const marca = nuevo.obligados === "CON_APROVECHAMIENTO" ? "generaAprovechamiento" : "requiereRecursos";
    const ajenos = await tx.reporte.count({
      where: {
        seguimientoId: actual.id,
        centro: { vigencias: { some: { vigenciaId: actual.vigenciaId, [marca]: false } } },
      },
    });
    if (ajenos > 0) {
      errores.obligados = [
        `No se puede restringir: ${ajenos === 1 ? "hay un reporte" : `hay ${ajenos} reportes`} de centros ` +
          `que no ${marca === "generaAprovechamiento" ? "generan aprovechamiento" : "requieren recursos"} ` +
          "en esta vigencia, que dejarían de ser obligaciones.",
      ];
    }
  }
  Object.assign(errores, await problemasDelFormularioNuevo(tx, actual, nuevo));
  if (Object.keys(errores).length > 0) {
    throw new ErrorDeNegocio(
      `No se guardó: este seguimiento ya tiene ${cuantos(reportes)} y los cambios marcados les quitarían su sentido.`,
      errores,
    );
  }
}

/**
 * A field removed or retyped is refused while reports sent or approved hold it: the message says how
 * many and of which periods. Adding a field (optional, or required from now on) and changing
 * labels and help are always allowed. A seguimiento whose reports keep their detail in a kind's
 * tables keeps that kind's fields: only their labels and help may change.
 */
async function problemasDelFormularioNuevo(
  tx: Tx,
  actual: PlanSeguimiento & { id: number; tipoReporte: TipoReporte | null },
  nuevo: PlanSeguimiento,
): Promise<ErroresDeCampo> {
  const antes = new Map(actual.campos.map((c) => [c.clave, c]));
  const despues = new Map(nuevo.campos.map((c) => [c.clave, c]));
  const cambiados = [...antes.values()].filter((c) => despues.get(c.clave)?.tipo !== c.tipo);
  if (actual.tipoReporte) {
    const agregados = nuevo.campos.filter((c) => !antes.has(c.clave));
    if (cambiados.length === 0 && agregados.length === 0) return {};
    return {
      campos: [
        `Los reportes de «${actual.nombre}» guardan sus datos en las tablas de su tipo: su formulario ` +
          "admite cambios de etiquetas y ayudas, no campos nuevos, quitados ni de otro tipo.",
      ],
    };
  }
  if (cambiados.length === 0) return {};
  const afectados = await tx.reporte.findMany({
    where: { seguimientoId: actual.id, estado: { in: ["ENVIADO", "APROBADO"] } },
    select: { periodo: true },
  });
  if (afectados.length === 0) return {};
  const periodos = [...new Set(afectados.map((r) => r.periodo))]
    .sort()
    .map((p) => parsePeriodo(p)?.etiqueta ?? p);
  const nombres = cambiados.map((c) => `«${c.etiqueta}»`).join(", ");
  return {
    campos: [
      `No se puede quitar ni cambiar de tipo ${nombres}: ${cuantos(afectados.length)} enviados o ` +
        `aprobados lo diligenciaron (${periodos.join(", ")}). Agregue un campo nuevo en su lugar.`,
    ],
  };
}

/**
 * The deadline days of a seguimiento change only while no deadline of its vigencia has passed,
 * under the current days or under the new ones (decision 0019): a passed deadline is what
 * reports were judged on time or late against, and what reminders and escalations were sent for.
 */
type Plazos = Pick<PlanSeguimiento, "periodicidad" | "diasOportunidad">;

export async function exigirPlazosQueNoSeMueven(
  tx: Tx,
  actual: Plazos & { vigenciaId: number },
  nuevo: Plazos,
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
