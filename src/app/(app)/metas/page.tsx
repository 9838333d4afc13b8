import type { Metadata } from "next";
import Link from "next/link";
import { EnlacesDeDescarga } from "@/components/ui/enlaces-de-descarga";
import { Encabezado } from "@/components/ui/encabezado";
import { SelectorDeVigencia } from "@/components/ui/selector-de-vigencia";
import { SeccionSemestre } from "@/features/metas/components/seccion-semestre";
import { metasDeVigencia } from "@/features/metas/queries";
import { elegirVigencia } from "@/features/plan/vigencias";
import { puede } from "@/server/autorizacion";
import { requerirUsuario } from "@/server/sesion-actual";

export const metadata: Metadata = { title: "Metas de recaudo" };

export default async function MetasPage(props: { searchParams: Promise<{ vigencia?: string }> }) {
  const usuario = await requerirUsuario();
  const { vigencias, vigencia } = await elegirVigencia((await props.searchParams).vigencia);
  if (!vigencia) {
    return <Encabezado titulo="Metas de recaudo" descripcion="Aún no hay ninguna vigencia registrada." />;
  }
  const semestres = await metasDeVigencia(usuario, vigencia);
  const editable = puede(usuario, { accion: "gestionar-metas" });
  return (
    <>
      <Encabezado
        titulo="Metas de recaudo"
        descripcion={`${vigencia.nombre} · meta por regional y semestre; la meta nacional es la suma de las regionales.`}
        acciones={<SelectorDeVigencia vigencias={vigencias} actual={vigencia.anio} />}
      />
      <EnlacesDeDescarga
        ruta="/metas/exportar"
        parametros={{ vigencia: vigencia.anio }}
        contexto={`metas de recaudo de ${vigencia.nombre}`}
        className="mb-4 justify-end"
      />
      {editable ? (
        <p className="mb-6 text-sm">
          <Link
            href={`/metas/importar?vigencia=${vigencia.anio}`}
            className="font-medium text-sena-700 underline"
          >
            Importar metas desde Excel o CSV
          </Link>
        </p>
      ) : (
        <p className="mb-6 text-sm text-slate-600">
          Consulta: solo el coordinador del Grupo de Recaudo y Cartera o un administrador pueden cambiar las
          metas.
        </p>
      )}
      <div className="space-y-10">
        {semestres.map((semestre) => (
          <SeccionSemestre
            key={semestre.periodo.codigo}
            vigenciaId={vigencia.id}
            semestre={semestre}
            editable={editable}
          />
        ))}
      </div>
    </>
  );
}
