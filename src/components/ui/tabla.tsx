import type { Key, ReactNode } from "react";

export interface ColumnaDeTabla<T> {
  /** The header; `null` for a column of actions, announced as `Acción` to screen readers. */
  titulo: string | null;
  celda: (fila: T) => ReactNode;
  /** The cell that names the row: a row header (`<th scope="row">`). */
  nombraLaFila?: boolean;
  /** Extra classes for the column's cells (`whitespace-nowrap`, `text-right`, a minimum width…). */
  clase?: string;
  /** A column of counts or amounts: right-aligned, header included, with even digits. */
  numerica?: boolean;
  /** Its width (a Tailwind class such as `w-32`) when the table's layout is fixed. */
  ancho?: string;
}

/** From which screen width the table replaces the cards (a wide table waits for a wider screen). */
const DESDE = {
  md: { tabla: "hidden md:block", tarjetas: "md:hidden" },
  lg: { tabla: "hidden lg:block", tarjetas: "lg:hidden" },
} as const;

function claseDe<T>(c: ColumnaDeTabla<T>): string {
  return [c.numerica ? "text-right tabular-nums" : "", c.clase ?? ""].join(" ").trim();
}

/** The cells of a row; the one that names it is its row header. */
function celdas<T>(columnas: readonly ColumnaDeTabla<T>[], fila: T, espacio: string, claseDelNombre = "") {
  return columnas.map((c, i) =>
    c.nombraLaFila ? (
      <th key={i} scope="row" className={`${espacio} ${claseDelNombre} ${claseDe(c)}`}>
        {c.celda(fila)}
      </th>
    ) : (
      <td key={i} className={`${espacio} ${claseDe(c)}`}>
        {c.celda(fila)}
      </td>
    ),
  );
}

/**
 * A list as every list of the application shows it: a table on wide screens and a card per row on
 * phones, with the same content. `tarjeta` is what a card shows; `testId` marks each row and card.
 */
export function Tabla<T>(props: {
  /** What the table holds, for screen readers (its caption). */
  descripcion: string;
  columnas: readonly ColumnaDeTabla<T>[];
  filas: readonly T[];
  clave: (fila: T) => Key;
  tarjeta: (fila: T) => ReactNode;
  testId?: string;
  testIdTarjeta?: string;
  /** Classes of a row (an inactive item shaded, say). */
  claseDeFila?: (fila: T) => string | undefined;
  /** `lg` for a table too wide for a tablet; `md` otherwise. */
  desde?: keyof typeof DESDE;
  /** Cells of several lines (lists, details) start at the top of their row. */
  alinearArriba?: boolean;
}) {
  const fija = props.columnas.some((c) => c.ancho);
  const desde = DESDE[props.desde ?? "md"];
  return (
    <>
      <div className={`${desde.tabla} overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm`}>
        <table className={`w-full text-left text-sm ${fija ? "table-fixed" : ""}`}>
          <caption className="sr-only">{props.descripcion}</caption>
          {fija ? (
            <colgroup>
              {props.columnas.map((c, i) => (
                <col key={i} className={c.ancho} />
              ))}
            </colgroup>
          ) : null}
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              {props.columnas.map((c, i) => (
                <th
                  key={c.titulo ?? `accion-${i}`}
                  scope="col"
                  className={`px-4 py-3 whitespace-nowrap ${c.numerica ? "text-right" : ""}`}
                >
                  {c.titulo ?? <span className="sr-only">Acción</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className={`divide-y divide-slate-200 ${props.alinearArriba ? "align-top" : ""}`}>
            {props.filas.map((fila) => (
              <tr key={props.clave(fila)} data-testid={props.testId} className={props.claseDeFila?.(fila)}>
                {celdas(props.columnas, fila, "px-4 py-3")}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className={`space-y-3 ${desde.tarjetas}`}>
        {props.filas.map((fila) => (
          <li
            key={props.clave(fila)}
            data-testid={props.testIdTarjeta}
            className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
          >
            {props.tarjeta(fila)}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * A small table shown the same on every screen (scrolling sideways on a phone when it must): the
 * rows of an import, the breakdown of a report. `titulo` is its visible caption; without it the
 * caption is `descripcion`, for screen readers only.
 */
export function TablaCompacta<T>(props: {
  descripcion: string;
  titulo?: string;
  columnas: readonly ColumnaDeTabla<T>[];
  filas: readonly T[];
  clave: (fila: T) => Key;
  /** The frame of a table that stands alone; none inside a section that already has one. */
  conMarco?: boolean;
}) {
  const marco = props.conMarco === false ? "" : "rounded-lg border border-slate-200 bg-white";
  return (
    <div className={`overflow-x-auto ${marco}`}>
      <table className="w-full text-left text-sm">
        {props.titulo ? (
          <caption className="mb-2 text-left font-semibold text-slate-800">{props.titulo}</caption>
        ) : (
          <caption className="sr-only">{props.descripcion}</caption>
        )}
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            {props.columnas.map((c, i) => (
              <th key={i} scope="col" className={`px-3 py-2 ${c.numerica ? "text-right" : ""}`}>
                {c.titulo ?? <span className="sr-only">Acción</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {props.filas.map((fila) => (
            <tr key={props.clave(fila)}>{celdas(props.columnas, fila, "px-3 py-2", "font-normal")}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
