import type { TipoReporte } from "@/generated/prisma/enums";
import { formatearCop, parseCop } from "@/lib/dinero";
import { formatearPorcentaje, razon } from "@/lib/razones";
import { incumplimientos } from "./reglas";

export type ValoresFormulario = Record<string, unknown>;

function monto(valores: ValoresFormulario, campo: string): bigint | null {
  const texto = valores[campo];
  if (typeof texto !== "string") return null;
  const valor = parseCop(texto);
  return valor !== null && valor >= 0n ? valor : null;
}

/**
 * The rules of ./reglas.ts the typed figures break, said before the user submits: a draft is saved
 * anyway; a submission is refused (BLOQUEA) or asks for the justification (JUSTIFICAR).
 */
function advertencias(tipo: TipoReporte, valores: ValoresFormulario, campos: string[]): string[] {
  const cifras = Object.fromEntries(campos.map((c) => [c, monto(valores, c)]));
  return incumplimientos(tipo, cifras).map((r) =>
    r.efecto === "BLOQUEA" ? `${r.mensaje} Así no se podrá enviar el reporte.` : r.mensaje,
  );
}

export interface ResumenEnVivo {
  cifras: [string, string][];
  advertencias: string[];
}

/**
 * What the form shows while the user types: derived figures are computed, never typed, and the
 * rules between figures are pointed out before the user submits.
 */
export function resumenEnVivo(
  tipo: TipoReporte,
  valores: ValoresFormulario,
  meta: bigint | null,
): ResumenEnVivo {
  if (tipo === "RECAUDO") {
    const fiscalizacion = monto(valores, "recaudoFiscalizacion");
    const persuasivo = monto(valores, "recaudoCobroPersuasivo");
    const total = fiscalizacion !== null && persuasivo !== null ? fiscalizacion + persuasivo : null;
    return {
      cifras: [
        ["Meta de recaudo del semestre", meta === null ? "Sin meta registrada" : formatearCop(meta)],
        ["Recaudo total", total === null ? "—" : formatearCop(total)],
        [
          "Cumplimiento de la meta",
          total === null || meta === null ? "—" : formatearPorcentaje(razon(total, meta)),
        ],
      ],
      advertencias: [],
    };
  }
  if (tipo === "TRAZABILIDAD_VENTAS") {
    const ventas = monto(valores, "totalAprovechamientos");
    const def = monto(valores, "totalFacturadoDef");
    const completo = ventas !== null && def !== null;
    return {
      cifras: [
        ["Facturado con DEF / aprovechamientos", completo ? formatearPorcentaje(razon(def, ventas)) : "—"],
      ],
      advertencias: advertencias(tipo, valores, [
        "totalAprovechamientos",
        "totalFacturadoDef",
        "pagosRecibidos",
      ]),
    };
  }
  if (tipo === "EJECUCION_RECURSOS") {
    const asignados = monto(valores, "recursosAsignados");
    const ejecutados = monto(valores, "recursosEjecutados");
    const completo = asignados !== null && ejecutados !== null;
    return {
      cifras: [["Ejecutado / asignado", completo ? formatearPorcentaje(razon(ejecutados, asignados)) : "—"]],
      advertencias: advertencias(tipo, valores, [
        "recursosSolicitados",
        "recursosAsignados",
        "recursosEjecutados",
      ]),
    };
  }
  return { cifras: [], advertencias: [] };
}
