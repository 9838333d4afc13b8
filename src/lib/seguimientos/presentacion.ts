import { formatearCop } from "../dinero";
import { formatearFecha } from "../fechas";
import type { Campo, Formulario } from "./declaracion";
import { camposConDatos, type Valor } from "./datos";
import { filasDeIndicadores, type ContextoDelReporte } from "./indicadores";

// A report's values as people read them (its page, its PDF, its history) and as its form shows
// them to be edited, from its seguimiento's declaration.

/** A draft may have fields not typed yet. */
export const SIN_DATO = "Sin diligenciar";

const miles = new Intl.NumberFormat("es-CO", { useGrouping: true, maximumFractionDigits: 0 });

/** Hundredths of a percent as "12,5 %". */
export function formatearCentesimas(centesimas: number): string {
  return `${(centesimas / 100).toLocaleString("es-CO", { maximumFractionDigits: 2 })} %`;
}

/** A stored value as text, by its field's kind. */
export function mostrarValor(campo: Campo, valor: Valor | undefined): string {
  if (valor === null || valor === undefined) return SIN_DATO;
  switch (campo.tipo) {
    case "pesos":
      return formatearCop(BigInt(valor as bigint));
    case "cantidad":
      return miles.format(Number(valor));
    case "porcentaje":
      return formatearCentesimas(Number(valor));
    case "fecha":
      return formatearFecha(String(valor));
    case "siNo":
      return valor ? "Sí" : "No";
    default:
      return String(valor);
  }
}

/** A stored value as its form input holds it: amounts grouped the Colombian way ("1.250.000"). */
export function valorEnElFormulario(campo: Campo, valor: Valor | undefined): string | boolean | undefined {
  if (valor === null || valor === undefined) return campo.tipo === "siNo" ? undefined : "";
  switch (campo.tipo) {
    case "pesos":
    case "cantidad":
      return miles.format(valor as bigint | number);
    case "porcentaje":
      return (Number(valor) / 100).toLocaleString("es-CO", { maximumFractionDigits: 2 });
    case "siNo":
      return Boolean(valor);
    default:
      return String(valor);
  }
}

/**
 * The figures of a report as label/value pairs, as its page and its PDF show them: each field
 * with data in the form's order, then the indicators its figures give.
 */
export function filasDelReporte(
  formulario: Formulario,
  valores: Record<string, Valor>,
  contexto: ContextoDelReporte = {},
): [string, string][] {
  const campos = camposConDatos(formulario).map((c): [string, string] => [
    c.etiqueta.replace(/\s*\(COP\)$/, ""),
    mostrarValor(c, valores[c.clave]),
  ]);
  return [...campos, ...filasDeIndicadores(formulario, valores, contexto)];
}
