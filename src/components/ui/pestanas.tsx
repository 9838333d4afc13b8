import Link from "next/link";

/** Links that filter a list, the chosen one marked for sight and for screen readers. */
export function Pestanas(props: {
  etiqueta: string;
  items: { href: string; texto: string; activa: boolean }[];
}) {
  return (
    <nav aria-label={props.etiqueta} className="mb-4 flex flex-wrap gap-2 text-sm">
      {props.items.map((item) => (
        <Link
          key={item.href}
          href={item.href}
          aria-current={item.activa ? "page" : undefined}
          className={`rounded-md px-3 py-1.5 font-medium ${
            item.activa
              ? "bg-sena-700 text-white"
              : "border border-slate-300 bg-white text-sena-700 hover:bg-slate-50"
          }`}
        >
          {item.texto}
        </Link>
      ))}
    </nav>
  );
}
