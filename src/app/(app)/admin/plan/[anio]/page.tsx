import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Encabezado } from "@/components/ui/encabezado";
import { EditorPlan } from "@/features/plan/components/editor-plan";
import { planParaEditar } from "@/features/plan/queries";
import { requerirPermiso } from "@/server/sesion-actual";

type Props = { params: Promise<{ anio: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  return { title: `Editar el plan ${(await props.params).anio}` };
}

export default async function EditarPlanPage(props: Props) {
  const usuario = await requerirPermiso({ accion: "administrar" });
  const { anio } = await props.params;
  const plan = /^\d{4}$/.test(anio) ? await planParaEditar(usuario, Number(anio)) : null;
  if (!plan) notFound();
  return (
    <>
      <Encabezado
        titulo={`Editar: ${plan.nombre}`}
        descripcion={
          <>
            <Link href="/admin" className="text-sena-700 underline hover:text-sena-800">
              Administración
            </Link>{" "}
            ›{" "}
            <Link href="/admin/plan" className="text-sena-700 underline hover:text-sena-800">
              Plan de Acción y vigencias
            </Link>{" "}
            › Abra cada tema, lineamiento, acción o seguimiento para editarlo; cada uno se guarda por
            separado.
          </>
        }
        acciones={
          <>
            <Link
              href={`/plan?vigencia=${plan.anio}`}
              className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium whitespace-nowrap text-slate-800 hover:bg-slate-50"
            >
              Ver el plan
            </Link>
            <a
              href={`/admin/plan/${plan.anio}/archivo`}
              download
              className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium whitespace-nowrap text-slate-800 hover:bg-slate-50"
            >
              Descargar el archivo del plan
            </a>
          </>
        }
      />
      <EditorPlan plan={plan} />
    </>
  );
}
