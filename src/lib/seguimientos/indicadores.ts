import { formatearCop } from "../dinero";
import { formatearPorcentaje, razon } from "../razones";
import type { Formulario, Indicador } from "./declaracion";

// A seguimiento's indicators computed on one report's figures: what the form shows while the user
// types and what the report's page and PDF show under its fields. The dashboards compute the same
// indicators over many reports, in the database (src/features/tableros).

/** "—" while the figures it needs are not all typed. */
export const SIN_CALCULAR = "—";

type Cifras = Record<string, unknown>;

function sumar(cifras: Cifras, claves: readonly string[]): bigint | null {
  let total = 0n;
  for (const clave of claves) {
    const valor = cifras[clave];
    if (typeof valor === "bigint") total += valor;
    else if (typeof valor === "number" && Number.isInteger(valor)) total += BigInt(valor);
    else return null;
  }
  return total;
}

const entero = new Intl.NumberFormat("es-CO");

/** A figure of a format as the application writes it everywhere. */
export function formatearIndicador(formato: Indicador["formato"], valor: bigint | number | null): string {
  if (valor === null) return SIN_CALCULAR;
  if (formato === "porcentaje") return formatearPorcentaje(Number(valor));
  if (formato === "pesos") return formatearCop(typeof valor === "bigint" ? valor : BigInt(valor));
  return entero.format(valor);
}

export interface ContextoDelReporte {
  /** The meta of the report's unit and period, for an indicator compared with metas. */
  meta?: bigint | null;
  /** "semestre", "trimestre", "año": what the meta is of. */
  periodo?: string;
}

/**
 * The rows one report's figures give: each indicator that can be computed on one report (a ratio,
 * a sum, a sum against the meta, with the meta beside it); coverage needs many reports.
 */
export function filasDeIndicadores(
  formulario: Formulario,
  cifras: Cifras,
  contexto: ContextoDelReporte = {},
): [string, string][] {
  return (formulario.indicadores ?? []).flatMap((indicador): [string, string][] => {
    switch (indicador.tipo) {
      case "razon": {
        const numerador = sumar(cifras, indicador.numerador);
        const denominador = sumar(cifras, indicador.denominador);
        const valor = numerador === null || denominador === null ? null : razon(numerador, denominador);
        return [
          [
            indicador.nombre,
            numerador === null || denominador === null ? SIN_CALCULAR : formatearPorcentaje(valor),
          ],
        ];
      }
      case "suma":
        return [[indicador.nombre, formatearIndicador(indicador.formato, sumar(cifras, indicador.campos))]];
      case "sumaContraMeta": {
        const total = sumar(cifras, indicador.campos);
        const meta = contexto.meta ?? null;
        return [
          [
            `Meta del ${contexto.periodo ?? "periodo"}`,
            meta === null ? "Sin meta registrada" : formatearCop(meta),
          ],
          [
            indicador.nombre,
            total === null || meta === null ? SIN_CALCULAR : formatearPorcentaje(razon(total, meta)),
          ],
        ];
      }
      case "cobertura":
        return [];
    }
  });
}
