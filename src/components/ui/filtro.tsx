import Link from "next/link";
import type { ReactNode } from "react";
import { BOTON_PRINCIPAL } from "./botones";

export const CLASE_CONTROL_FILTRO =
  "mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900";

const CLASE_ETIQUETA = "flex min-w-0 flex-col text-sm font-medium text-slate-700";

/**
 * The filters of a list or a dashboard: a plain GET form, so they live in the URL, can be shared
 * and work without JavaScript. It ends with the button that applies them and the link that takes
 * them all away. The caller keys it by the current URL (`key={urlDe…(filtros)}`): a link that
 * changes the filters must also reset what the controls show.
 *
 * `rejilla` lays out the controls (grid columns); `botones` places the last cell in it.
 */
export function FormularioDeFiltros(props: {
  etiqueta: string;
  /** Where the filters go and where "Quitar filtros" leads; the form posts to the page itself when `accion` is omitted. */
  quitar: string;
  accion?: string;
  rejilla: string;
  botones?: string;
  aplicar?: string;
  /** Hidden fields that keep what the form does not show (a centro chosen elsewhere, say). */
  ocultos?: ReactNode;
  children: ReactNode;
}) {
  return (
    <form
      method="get"
      action={props.accion}
      role="search"
      aria-label={props.etiqueta}
      className={`mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm ${props.rejilla}`}
    >
      {props.ocultos}
      {props.children}
      <div className={`flex items-end gap-3 ${props.botones ?? ""}`}>
        <button type="submit" className={BOTON_PRINCIPAL}>
          {props.aplicar ?? "Filtrar"}
        </button>
        <Link href={props.quitar} className="py-2 text-sm font-medium text-sena-700 underline">
          Quitar filtros
        </Link>
      </div>
    </form>
  );
}

/**
 * A select of a filter form, its label around it. `todos` is the first, empty option that
 * means "no filter"; without it the children give every option.
 */
export function Filtro(props: {
  nombre: string;
  etiqueta: string;
  valor: unknown;
  todos?: string;
  children: ReactNode;
}) {
  return (
    <label className={CLASE_ETIQUETA}>
      {props.etiqueta}
      <select
        name={props.nombre}
        defaultValue={props.valor === undefined ? "" : String(props.valor)}
        className={CLASE_CONTROL_FILTRO}
      >
        {props.todos === undefined ? null : <option value="">{props.todos}</option>}
        {props.children}
      </select>
    </label>
  );
}

/** The free-text search of a filter form. */
export function FiltroDeTexto(props: {
  nombre: string;
  etiqueta: string;
  valor: string | undefined;
  placeholder?: string;
  className?: string;
}) {
  return (
    <label className={`${CLASE_ETIQUETA} ${props.className ?? ""}`}>
      {props.etiqueta}
      <input
        type="search"
        name={props.nombre}
        defaultValue={props.valor ?? ""}
        placeholder={props.placeholder}
        maxLength={100}
        className={CLASE_CONTROL_FILTRO}
      />
    </label>
  );
}

/** One option per regional, for a `Filtro`. */
export function OpcionesDeRegional(props: { regionales: { id: number; nombre: string }[] }) {
  return props.regionales.map((r) => (
    <option key={r.id} value={r.id}>
      {r.nombre}
    </option>
  ));
}
