import { Paginacion } from "@/components/ui/paginacion";
import type { FiltrosUsuarios } from "../schemas";
import { urlDeUsuarios } from "../url";

export function PaginacionUsuarios(props: { filtros: FiltrosUsuarios; pagina: number; paginas: number }) {
  return (
    <Paginacion
      etiqueta="Páginas de usuarios"
      pagina={props.pagina}
      paginas={props.paginas}
      urlDePagina={(pagina) => urlDeUsuarios({ ...props.filtros, pagina })}
    />
  );
}
