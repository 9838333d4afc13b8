import Link from "next/link";
import type { FiltrosUsuarios } from "../schemas";
import { urlDeUsuarios } from "../url";

const CLASE_ENLACE =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-sena-700 hover:bg-slate-50";

export function PaginacionUsuarios(props: { filtros: FiltrosUsuarios; pagina: number; paginas: number }) {
  if (props.paginas <= 1) return null;
  const { filtros, pagina, paginas } = props;
  return (
    <nav aria-label="Páginas de usuarios" className="mt-4 flex items-center justify-between gap-3 text-sm">
      {pagina > 1 ? (
        <Link href={urlDeUsuarios({ ...filtros, pagina: pagina - 1 })} className={CLASE_ENLACE}>
          Anterior
        </Link>
      ) : (
        <span />
      )}
      <p className="text-slate-700">
        Página {pagina} de {paginas}
      </p>
      {pagina < paginas ? (
        <Link href={urlDeUsuarios({ ...filtros, pagina: pagina + 1 })} className={CLASE_ENLACE}>
          Siguiente
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
