import type { Metadata } from "next";
import { BOTON_NEUTRO } from "@/components/ui/botones";
import { Encabezado } from "@/components/ui/encabezado";
import { ListaPaginada } from "@/components/ui/paginacion";
import { Pestanas } from "@/components/ui/pestanas";
import { Seccion } from "@/components/ui/seccion";
import { FormularioFiltrosAuditoria } from "@/features/auditoria/components/filtros-auditoria";
import { ListaAuditoria } from "@/features/auditoria/components/lista-auditoria";
import { NOMBRE_GRUPO, type GrupoAccion } from "@/features/auditoria/etiquetas";
import { MAXIMO_EXPORTADO, registroDeAuditoria } from "@/features/auditoria/queries";
import { filtrosAuditoriaSchema, type FiltrosAuditoria } from "@/features/auditoria/schemas";
import { urlConFiltros } from "@/lib/url";
import { requerirPermiso } from "@/server/sesion-actual";

export const metadata: Metadata = { title: "Auditoría" };

const RUTA = "/admin/auditoria";

/** The filters as they go in a URL; a verb already says its group. */
function parametros(filtros: Partial<FiltrosAuditoria>) {
  return {
    grupo: filtros.accion ? undefined : filtros.grupo,
    accion: filtros.accion,
    q: filtros.q,
    ip: filtros.ip,
    desde: filtros.desde,
    hasta: filtros.hasta,
  };
}

function url(filtros: Partial<FiltrosAuditoria>): string {
  return urlConFiltros(RUTA, { ...parametros(filtros), pagina: filtros.pagina });
}

const numero = new Intl.NumberFormat("es-CO");

export default async function AuditoriaPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const usuario = await requerirPermiso({ accion: "administrar" });
  const filtros = filtrosAuditoriaSchema.parse(await props.searchParams);
  const r = await registroDeAuditoria(usuario, filtros);
  const descarga = (formato: "csv" | "xlsx") =>
    urlConFiltros(`${RUTA}/exportar`, { formato, ...parametros(filtros) });
  return (
    <>
      <Encabezado
        titulo="Auditoría"
        descripcion="Quién hizo qué, cuándo y desde dónde: ingresos, salidas y cambios, del más reciente al más antiguo. Cada registro queda sellado y encadenado al anterior; nadie puede modificarlo ni borrarlo."
        acciones={
          r.total > 0 ? (
            <>
              <a href={descarga("csv")} className={BOTON_NEUTRO}>
                Descargar CSV
              </a>
              <a href={descarga("xlsx")} className={BOTON_NEUTRO}>
                Descargar Excel
              </a>
            </>
          ) : null
        }
      />
      <Pestanas
        etiqueta="Tipo de evento"
        items={[undefined, ...(Object.keys(NOMBRE_GRUPO) as GrupoAccion[])].map((grupo) => ({
          href: url({ ...filtros, accion: undefined, grupo, pagina: 1 }),
          activa: filtros.grupo === grupo,
          texto: grupo ? NOMBRE_GRUPO[grupo] : "Todos",
        }))}
      />
      <Seccion titulo="Filtrar">
        <FormularioFiltrosAuditoria filtros={filtros} />
      </Seccion>
      <p className="mb-3 text-sm text-slate-700" role="status">
        {r.total === 1 ? "1 evento" : `${numero.format(r.total)} eventos`}
        {r.total > MAXIMO_EXPORTADO
          ? `. Cada descarga trae los ${numero.format(MAXIMO_EXPORTADO)} más recientes: acote las fechas para bajar los anteriores.`
          : null}
      </p>
      <ListaPaginada
        filas={r.filas.length}
        vacia="No hay eventos con estos filtros."
        etiqueta="Páginas de la auditoría"
        pagina={r.pagina}
        paginas={r.paginas}
        urlDePagina={(pagina) => url({ ...filtros, pagina })}
      >
        <ListaAuditoria filas={r.filas} />
      </ListaPaginada>
    </>
  );
}
