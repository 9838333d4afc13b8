import type { Metadata } from "next";
import { EnlacesDeDescarga } from "@/components/ui/enlaces-de-descarga";
import { Encabezado } from "@/components/ui/encabezado";
import { SelectorDeVigencia } from "@/components/ui/selector-de-vigencia";
import { PlanArbol } from "@/features/plan/components/plan-arbol";
import { planDeVigencia } from "@/features/plan/queries";
import { elegirVigencia } from "@/features/plan/vigencias";
import { autorizar } from "@/server/autorizacion";
import { requerirUsuario } from "@/server/sesion-actual";

export const metadata: Metadata = { title: "Plan de acción" };

export default async function PlanPage(props: { searchParams: Promise<{ vigencia?: string }> }) {
  autorizar(await requerirUsuario(), { accion: "ver-plan" });
  const { vigencias, vigencia } = await elegirVigencia((await props.searchParams).vigencia);
  if (!vigencia) {
    return <Encabezado titulo="Plan de acción" descripcion="Aún no hay ninguna vigencia registrada." />;
  }
  const temas = await planDeVigencia(vigencia.id);
  return (
    <>
      <Encabezado
        titulo="Plan de acción"
        descripcion={`${vigencia.nombre} · Grupo de Recaudo y Cartera`}
        acciones={<SelectorDeVigencia vigencias={vigencias} actual={vigencia.anio} />}
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
