import type { Metadata } from "next";
import Link from "next/link";
import { EnlacesDeDescarga } from "@/components/ui/enlaces-de-descarga";
import { Encabezado } from "@/components/ui/encabezado";
import { FiltrosCentrosForm } from "@/features/centros/components/filtros-centros";
import { ListaCentros } from "@/features/centros/components/lista-centros";
import { Secciones } from "@/features/centros/components/secciones";
import { listarCentros, type ListaDeCentros } from "@/features/centros/queries";
import { filtrosCentrosSchema } from "@/features/centros/schemas";
import { hayFiltros } from "@/features/centros/url";
import { requerirPermiso } from "@/server/sesion-actual";
import { SinResultados } from "@/components/ui/paginacion";

export const metadata: Metadata = { title: "Centros de formación" };

const CLASE_BOTON =
  "rounded-md border border-sena-700 bg-white px-4 py-2 font-semibold text-sena-800 hover:bg-sena-50";

function cuantos(n: number, singular: string, plural: string): string {
  return `${n.toLocaleString("es-CO")} ${n === 1 ? singular : plural}`;
}

function describir(lista: ListaDeCentros, filtrado: boolean): string {
  const { total, activos, conAprovechamiento, sinSubdirector } = lista.resumen;
  const centros = cuantos(total, "centro", "centros");
  const coinciden = total === 1 ? "coincide" : "coinciden";
  const encabezado = filtrado ? `${centros} de ${lista.registrados} ${coinciden} con los filtros` : centros;
  if (activos === 0) return `${encabezado}, ninguno activo.`;
  return (
    `${encabezado}: ${cuantos(activos, "activo", "activos")}; de ellos, ` +
    `${conAprovechamiento} ${conAprovechamiento === 1 ? "genera" : "generan"} aprovechamiento y ` +
    `${sinSubdirector} ${sinSubdirector === 1 ? "no tiene" : "no tienen"} subdirector.`
  );
}

export default async function CentrosPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const usuario = await requerirPermiso({ accion: "administrar" });
  const filtros = filtrosCentrosSchema.parse(await props.searchParams);
  const lista = await listarCentros(usuario, filtros);
  const filtrado = hayFiltros(filtros);
  const nuevo = filtros.regional
    ? `/admin/centros/nuevo?regional=${filtros.regional}`
    : "/admin/centros/nuevo";
  return (
    <>
      <Secciones actual="centros" />
      <Encabezado
        titulo="Centros de formación"
        descripcion={<p>{describir(lista, filtrado)}</p>}
        acciones={
          <>
            <Link
              href={nuevo}
              className="rounded-md bg-sena-700 px-4 py-2 font-semibold text-white hover:bg-sena-800"
            >
              Nuevo centro
            </Link>
            <Link href="/admin/centros/importar" className={CLASE_BOTON}>
              Importar CSV
            </Link>
          </>
        }
      />
      <FiltrosCentrosForm filtros={filtros} regionales={lista.regionales} />
      {lista.grupos.length > 0 ? (
        <EnlacesDeDescarga
          ruta="/admin/centros/exportar"
          parametros={filtros}
          contexto="los centros con estos filtros"
          className="mb-3 justify-end"
        />
      ) : null}
      {lista.grupos.length === 0 ? (
        <SinResultados>
          {filtrado ? "Ningún centro coincide con los filtros. " : "Aún no hay centros registrados. "}
          <Link
            href={filtrado ? "/admin/centros" : "/admin/centros/importar"}
            className="font-medium text-sena-700 underline"
          >
            {filtrado ? "Ver todos los centros" : "Importarlos desde un CSV"}
          </Link>
        </SinResultados>
      ) : (
        <ListaCentros grupos={lista.grupos} />
      )}
    </>
  );
}
