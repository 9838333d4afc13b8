import Link from "next/link";
import type { ReactNode } from "react";

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

/** What a list says when it has nothing to show: why, and where to go instead. */
export function SinResultados(props: { children: ReactNode }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">{props.children}</div>
  );
}

/**
 * One page of a paged list: its rows (the children), or what `vacia` says when there are none,
 * and the links to the other pages.
 */
export function ListaPaginada(props: {
  /** The rows of this page; the children are not shown when there are none. */
  filas: number;
  vacia: ReactNode;
  etiqueta: string;
  pagina: number;
  paginas: number;
  urlDePagina: (pagina: number) => string;
  children: ReactNode;
}) {
  return (
    <>
      {props.filas === 0 ? <SinResultados>{props.vacia}</SinResultados> : props.children}
      <Paginacion
        etiqueta={props.etiqueta}
        pagina={props.pagina}
        paginas={props.paginas}
        urlDePagina={props.urlDePagina}
      />
    </>
  );
}
