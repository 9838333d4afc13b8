import { formatearPorcentaje } from "@/lib/razones";
import type { Conteo } from "../queries";

const entero = new Intl.NumberFormat("es-CO");

type Cuenta = "esperados" | "recibidos" | "aTiempo" | "tarde" | "faltantes" | "vencidos" | "aprobados";
type Tasa = "tasaRecepcion" | "tasaOportunidad" | "tasaAprobacion";

const TARJETAS: { clave: Cuenta; etiqueta: string; tasa?: Tasa; clase: string }[] = [
  { clave: "esperados", etiqueta: "Esperados", clase: "border-slate-400" },
  { clave: "recibidos", etiqueta: "Recibidos", tasa: "tasaRecepcion", clase: "border-sena-600" },
  { clave: "aTiempo", etiqueta: "A tiempo", tasa: "tasaOportunidad", clase: "border-sena-600" },
  { clave: "tarde", etiqueta: "Con atraso", clase: "border-amber-600" },
  { clave: "faltantes", etiqueta: "Faltantes", clase: "border-red-600" },
  { clave: "vencidos", etiqueta: "Vencidos sin recibir", clase: "border-red-700" },
  { clave: "aprobados", etiqueta: "Aprobados", tasa: "tasaAprobacion", clase: "border-sena-700" },
];

/** The figures of the whole ambito; each rate is over the expected reports. */
export function ResumenCumplimiento({ conteo }: { conteo: Conteo }) {
  return (
    <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7">
      {TARJETAS.map((t) => (
        <div key={t.clave} className={`rounded-md border-l-4 bg-slate-50 p-3 ${t.clase}`}>
          <dt className="text-sm text-slate-600">{t.etiqueta}</dt>
          <dd className="text-2xl font-bold text-slate-900 tabular-nums">{entero.format(conteo[t.clave])}</dd>
          {t.tasa ? (
            <dd className="text-sm text-slate-700">
              {formatearPorcentaje(conteo[t.tasa])}
              <span className="sr-only"> de los esperados</span>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
