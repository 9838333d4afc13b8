import { parametrosDeFiltros, type Filtros } from "../filtros";
import { FILAS_EN_LA_PAGINA, tablaEnPantalla } from "../pantalla";
import type { AmbitoTablero, TablaExportable } from "../tipos";
import { TablaDiferida } from "./tabla-diferida";
import { TablaHtml } from "./tabla-html";

/**
 * The accessible table of a panel (also the text alternative of its chart), with the links that
 * download the very same figures as CSV and xlsx. A short table comes in the page; a long one
 * (every centro of the country) starts folded and loads its rows when opened, so that the page
 * stays light. Rows link to the view of their centro or regional (`enlaceDeFila`).
 */
export function TablaConExportacion(props: {
  panel: string;
  tabla: TablaExportable;
  filtros: Filtros;
  ambito: AmbitoTablero;
}) {
  const { tabla } = props;
  const url = (ruta: string, extra: Record<string, string>) => {
    const parametros = parametrosDeFiltros(props.filtros, { vigencia: props.ambito.vigencia.anio });
    parametros.set("panel", props.panel);
    parametros.set("tabla", tabla.nombre);
    for (const [clave, valor] of Object.entries(extra)) parametros.set(clave, valor);
    return `${ruta}?${parametros.toString()}`;
  };
  const descarga = (formato: "csv" | "xlsx") => url("/api/tableros/exportar", { formato });
  return (
    <div className="mt-4">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold text-slate-800">{tabla.titulo}</h3>
        <p className="flex gap-3 text-sm">
          <a href={descarga("csv")} className="font-medium text-sena-700 underline" download>
            Descargar CSV<span className="sr-only">: {tabla.titulo}</span>
          </a>
          <a href={descarga("xlsx")} className="font-medium text-sena-700 underline" download>
            Descargar Excel<span className="sr-only">: {tabla.titulo}</span>
          </a>
        </p>
      </div>
      {tabla.filas.length === 0 ? (
        <p className="rounded-md bg-slate-50 p-3 text-sm text-slate-600">No hay datos para estos filtros.</p>
      ) : tabla.filas.length <= FILAS_EN_LA_PAGINA ? (
        <TablaHtml tabla={tablaEnPantalla(props.panel, tabla, props.ambito, props.filtros)} />
      ) : (
        <TablaDiferida
          url={url("/api/tableros/tabla", {})}
          filas={tabla.filas.length}
          titulo={tabla.titulo}
        />
      )}
    </div>
  );
}
