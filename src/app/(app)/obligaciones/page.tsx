import type { Metadata } from "next";
import Link from "next/link";
import { EnlacesDeDescarga } from "@/components/ui/enlaces-de-descarga";
import { Encabezado } from "@/components/ui/encabezado";
import { SelectorDeVigencia } from "@/components/ui/selector-de-vigencia";
import { ObligacionesLista } from "@/features/obligaciones/components/obligaciones-lista";
import { Resumen } from "@/features/obligaciones/components/resumen";
import { misObligaciones } from "@/features/obligaciones/queries";
import { elegirVigencia } from "@/features/plan/vigencias";
import { resumirObligaciones } from "@/lib/obligaciones";
import { requerirUsuario } from "@/server/sesion-actual";
import { SinResultados } from "@/components/ui/paginacion";

export const metadata: Metadata = { title: "Mis obligaciones" };

export default async function ObligacionesPage(props: { searchParams: Promise<{ vigencia?: string }> }) {
  const usuario = await requerirUsuario();
  const { vigencias, vigencia } = await elegirVigencia((await props.searchParams).vigencia);
  if (!vigencia) {
    return <Encabezado titulo="Mis obligaciones" descripcion="Aún no hay ninguna vigencia registrada." />;
  }
  const resultado = await misObligaciones(usuario, vigencia);
  const selector = <SelectorDeVigencia vigencias={vigencias} actual={vigencia.anio} />;
  if (!resultado) {
    return (
      <>
        <Encabezado titulo="Mis obligaciones" acciones={selector} />
        <SinResultados>
          Su rol no tiene reportes a cargo. Puede consultar el{" "}
          <Link href={`/plan?vigencia=${vigencia.anio}`} className="font-medium text-sena-700 underline">
            plan de acción
          </Link>{" "}
          y el avance de los reportes de los centros.
        </SinResultados>
      </>
    );
  }
  return (
    <>
      <Encabezado
        titulo="Mis obligaciones"
        descripcion={`${resultado.unidad} · ${vigencia.nombre}`}
        acciones={selector}
      />
      <Resumen resumen={resumirObligaciones(resultado.obligaciones)} />
      {resultado.obligaciones.length > 0 ? (
        <EnlacesDeDescarga
          ruta="/obligaciones/exportar"
          parametros={{ vigencia: vigencia.anio }}
          contexto={`mis obligaciones de ${vigencia.nombre}`}
          className="mb-3 justify-end"
        />
      ) : null}
      {resultado.obligaciones.length === 0 ? (
        <SinResultados>No tiene reportes esperados en esta vigencia.</SinResultados>
      ) : (
        <ObligacionesLista obligaciones={resultado.obligaciones} />
      )}
    </>
  );
}
