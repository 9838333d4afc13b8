import { formatearCop } from "@/lib/dinero";
import { formatearPorcentaje } from "@/lib/razones";
import type { TablaExportable, TipoColumna } from "./tipos";

const entero = new Intl.NumberFormat("es-CO");

/** A cell as the screen shows it (es-CO formats; "No aplica" for a ratio without denominator). */
export function formatearCelda(valor: TablaExportable["filas"][number][string], tipo: TipoColumna): string {
  if (valor === null || valor === undefined) return tipo === "porcentaje" ? "No aplica" : "—";
  if (tipo === "pesos") return formatearCop(BigInt(valor));
  if (tipo === "porcentaje") return formatearPorcentaje(Number(valor));
  if (tipo === "entero") return entero.format(Number(valor));
  return String(valor);
}
