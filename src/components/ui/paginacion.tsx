import Link from "next/link";

const CLASE_ENLACE =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-sena-700 hover:bg-slate-50";

/** Previous / next links of a paged list; `urlDePagina` keeps the list's filters in the URL. */
export function Paginacion(props: {
  etiqueta: string;
  pagina: number;
  paginas: number;
  urlDePagina: (pagina: number) => string;
}) {
  const { pagina, paginas } = props;
  if (paginas <= 1) return null;
  return (
    <nav aria-label={props.etiqueta} className="mt-4 flex items-center justify-between gap-3 text-sm">
      {pagina > 1 ? (
        <Link href={props.urlDePagina(pagina - 1)} className={CLASE_ENLACE}>
          Anterior
        </Link>
      ) : (
        <span />
      )}
      <p className="text-slate-700">
        Página {pagina} de {paginas}
      </p>
      {pagina < paginas ? (
        <Link href={props.urlDePagina(pagina + 1)} className={CLASE_ENLACE}>
          Siguiente
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
