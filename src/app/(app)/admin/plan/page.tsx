import type { Metadata } from "next";
import Link from "next/link";
import { Encabezado } from "@/components/ui/encabezado";
import { ImportarPlan } from "@/features/plan/components/importar-plan";
import { NuevaVigencia } from "@/features/plan/components/nueva-vigencia";
import { TablaVigencias } from "@/features/plan/components/tabla-vigencias";
import { vigenciasParaAdministrar } from "@/features/plan/queries";
import { requerirPermiso } from "@/server/sesion-actual";

export const metadata: Metadata = { title: "Plan de Acción y vigencias" };

export default async function AdminPlanPage() {
  const usuario = await requerirPermiso({ accion: "administrar" });
  const vigencias = await vigenciasParaAdministrar(usuario);
  return (
    <>
      <Encabezado
        titulo="Plan de Acción y vigencias"
        descripcion={
          <>
            <Link href="/admin" className="text-sena-700 underline hover:text-sena-800">
              Administración
            </Link>{" "}
            › Cada vigencia tiene su propio plan: créela copiando el de otra y ajústelo.
          </>
        }
      />
      <section
        aria-labelledby="titulo-nueva-vigencia"
        className="mb-8 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        <h2 id="titulo-nueva-vigencia" className="mb-3 text-lg font-semibold text-slate-900">
          Nueva vigencia
        </h2>
        <NuevaVigencia vigencias={vigencias.map(({ id, anio, nombre }) => ({ id, anio, nombre }))} />
      </section>
      <section
        aria-labelledby="titulo-importar-plan"
        className="mb-8 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        <h2 id="titulo-importar-plan" className="mb-1 text-lg font-semibold text-slate-900">
          Plan desde un archivo
        </h2>
        <p className="mb-3 text-sm text-slate-700">
          Un archivo del plan trae toda una vigencia: temas, lineamientos, acciones y seguimientos con sus
          formularios. Descárguelo de una vigencia, ajústelo y revíselo aquí antes de aplicarlo.
        </p>
        <ImportarPlan />
      </section>
      <section aria-labelledby="titulo-vigencias">
        <h2 id="titulo-vigencias" tabIndex={-1} className="mb-3 text-lg font-semibold text-slate-900">
          Vigencias
        </h2>
        <TablaVigencias vigencias={vigencias} />
      </section>
    </>
  );
}
