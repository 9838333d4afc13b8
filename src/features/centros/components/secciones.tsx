import Link from "next/link";

const SECCIONES = [
  { clave: "centros", href: "/admin/centros", etiqueta: "Centros" },
  { clave: "regionales", href: "/admin/centros/regionales", etiqueta: "Regionales" },
  { clave: "importar", href: "/admin/centros/importar", etiqueta: "Importar" },
] as const;

export type Seccion = (typeof SECCIONES)[number]["clave"];

/** The way back to the administration home and across the sections of regionales and centros. */
export function Secciones({ actual }: { actual: Seccion }) {
  return (
    <nav
      aria-label="Regionales y centros"
      className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm"
    >
      <Link href="/admin" className="font-medium text-sena-700 underline hover:text-sena-800">
        ← Administración
      </Link>
      <ul className="flex flex-wrap gap-2">
        {SECCIONES.map((s) => (
          <li key={s.clave}>
            <Link
              href={s.href}
              aria-current={s.clave === actual ? "page" : undefined}
              className={`inline-block rounded-full border px-3 py-1 font-medium ${
                s.clave === actual
                  ? "border-sena-700 bg-sena-700 text-white"
                  : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50"
              }`}
            >
              {s.etiqueta}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
