import { Paginacion as PaginacionGenerica } from "@/components/ui/paginacion";
import type { FiltrosCola } from "../schemas";
import { urlDeCola } from "../url";

export function Paginacion(props: { filtros: FiltrosCola; pagina: number; paginas: number }) {
  return (
    <PaginacionGenerica
      etiqueta="Páginas de la cola"
      pagina={props.pagina}
      paginas={props.paginas}
      urlDePagina={(pagina) => urlDeCola({ ...props.filtros, pagina })}
    />
  );
}
