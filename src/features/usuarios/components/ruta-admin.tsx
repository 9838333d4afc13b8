import Link from "next/link";

/** Where the page sits under Administración, so the admin can go back up one click at a time. */
export function RutaAdmin({ pasos }: { pasos: { href: string; etiqueta: string }[] }) {
  return (
    <nav aria-label="Ruta" className="mb-2 text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-slate-600">
        {pasos.map((p) => (
          <li key={p.href} className="flex items-center gap-1">
            <Link href={p.href} className="font-medium text-sena-700 underline hover:text-sena-800">
              {p.etiqueta}
            </Link>
            <span aria-hidden="true">›</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
