import Link from "next/link";

/** The sections of Administración a page can sit under. */
const SECCIONES = {
  usuarios: { href: "/admin/usuarios", etiqueta: "Usuarios y roles" },
} as const;

/**
 * Where the page sits under Administración (and, inside a section, under it), so the admin can go
 * back up one click at a time.
 */
export function RutaAdmin(props: { seccion?: keyof typeof SECCIONES }) {
  const pasos = [
    { href: "/admin", etiqueta: "Administración" },
    ...(props.seccion ? [SECCIONES[props.seccion]] : []),
  ];
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
