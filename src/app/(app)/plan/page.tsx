import type { Metadata } from "next";
import { EnlacesDeDescarga } from "@/components/ui/enlaces-de-descarga";
import { PageHeader } from "@/components/ui/page-header";
import { VigenciaSelector } from "@/components/ui/vigencia-selector";
import { PlanArbol } from "@/features/plan/components/plan-arbol";
import { planDeVigencia } from "@/features/plan/queries";
import { elegirVigencia } from "@/features/plan/vigencias";
import { autorizar } from "@/server/authz";
import { requerirUsuario } from "@/server/session";

export const metadata: Metadata = { title: "Plan de acción" };

export default async function PlanPage(props: { searchParams: Promise<{ vigencia?: string }> }) {
  autorizar(await requerirUsuario(), { accion: "ver-plan" });
  const { vigencias, vigencia } = await elegirVigencia((await props.searchParams).vigencia);
  if (!vigencia) {
    return <PageHeader title="Plan de acción" description="Aún no hay ninguna vigencia registrada." />;
  }
  const temas = await planDeVigencia(vigencia.id);
  return (
    <>
      <PageHeader
        title="Plan de acción"
        description={`${vigencia.nombre} · Grupo de Recaudo y Cartera`}
        actions={<VigenciaSelector vigencias={vigencias} actual={vigencia.anio} />}
      />
      <EnlacesDeDescarga
        ruta="/plan/exportar"
        parametros={{ vigencia: vigencia.anio }}
        contexto={`el ${vigencia.nombre}, un seguimiento por fila`}
        className="mb-4 justify-end"
      />
      <PlanArbol temas={temas} />
    </>
  );
}
