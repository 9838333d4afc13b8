import type { ResumenObligaciones } from "@/lib/obligaciones";

const TARJETAS: { clave: keyof ResumenObligaciones; etiqueta: string; clase: string }[] = [
  { clave: "porEntregar", etiqueta: "Por entregar", clase: "border-slate-300" },
  { clave: "vencidas", etiqueta: "Vencidas", clase: "border-red-400" },
  { clave: "devueltas", etiqueta: "Devueltas para corregir", clase: "border-red-300" },
  { clave: "enRevision", etiqueta: "En revisión", clase: "border-amber-400" },
  { clave: "aprobadas", etiqueta: "Aprobadas", clase: "border-green-500" },
];

export function Resumen({ resumen }: { resumen: ResumenObligaciones }) {
  return (
    <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      {TARJETAS.map((t) => (
        <div key={t.clave} className={`rounded-lg border-l-4 bg-white p-3 shadow-sm ${t.clase}`}>
          <dt className="text-sm text-slate-600">{t.etiqueta}</dt>
          <dd className="text-2xl font-bold text-slate-900">{resumen[t.clave]}</dd>
        </div>
      ))}
    </dl>
  );
}
