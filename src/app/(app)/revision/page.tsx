import type { Metadata } from "next";
import Link from "next/link";
import { EnlacesDeDescarga } from "@/components/ui/enlaces-de-descarga";
import { Encabezado } from "@/components/ui/encabezado";
import { ListaPaginada } from "@/components/ui/paginacion";
import { ConteoPorTipo } from "@/features/revision/components/conteo-por-tipo";
import { FiltrosColaForm } from "@/features/revision/components/filtros-cola";
import { ListaCola } from "@/features/revision/components/lista-cola";
import { colaDeRevision, opcionesDeFiltro } from "@/features/revision/queries";
import { filtrosColaSchema } from "@/features/revision/schemas";
import { hayFiltros, urlDeCola } from "@/features/revision/url";
import { requerirPermiso } from "@/server/sesion-actual";

export const metadata: Metadata = { title: "Revisión" };

function SinPendientes({ filtrado }: { filtrado: boolean }) {
  return (
    <>
      {filtrado ? (
        <p>
          Ningún reporte enviado coincide con los filtros.{" "}
          <Link href="/revision" className="font-medium text-sena-700 underline">
            Ver toda la cola
          </Link>
        </p>
      ) : (
        <p>No hay reportes esperando revisión.</p>
      )}
    </>
  );
}

function describir(total: number, filtrado: boolean): string | undefined {
  if (total === 0) return undefined;
  const reportes = total === 1 ? "1 reporte enviado" : `${total} reportes enviados`;
  const cuantos = filtrado ? `${reportes} con estos filtros` : reportes;
  return `${cuantos} esperando su revisión, primero los que más llevan esperando.`;
}

export default async function RevisionPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const usuario = await requerirPermiso({ accion: "ver-cola-revision" });
  const filtros = filtrosColaSchema.parse(await props.searchParams);
  const [cola, opciones] = await Promise.all([colaDeRevision(usuario, filtros), opcionesDeFiltro(usuario)]);
  return (
    <>
      <Encabezado
        titulo="Revisión"
        descripcion={describir(cola.total, hayFiltros(filtros))}
        acciones={
          cola.total > 0 ? (
            <EnlacesDeDescarga
              ruta="/revision/exportar"
              parametros={{ ...filtros, pagina: undefined }}
              contexto="la cola con estos filtros"
            />
          ) : null
        }
      />
      <FiltrosColaForm filtros={filtros} periodos={cola.periodos} tipos={cola.tipos} {...opciones} />
      <ConteoPorTipo filtros={filtros} porTipo={cola.porTipo} />
      <ListaPaginada
        filas={cola.filas.length}
        vacia={<SinPendientes filtrado={hayFiltros(filtros)} />}
        etiqueta="Páginas de la cola"
        pagina={cola.pagina}
        paginas={cola.paginas}
        urlDePagina={(pagina) => urlDeCola({ ...filtros, pagina })}
      >
        <ListaCola filas={cola.filas} />
      </ListaPaginada>
    </>
  );
}
