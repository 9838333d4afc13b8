import type { Metadata } from "next";
import { Encabezado } from "@/components/ui/encabezado";
import { FormularioRegional } from "@/features/centros/components/formulario-regional";
import { Secciones } from "@/features/centros/components/secciones";
import { requerirPermiso } from "@/server/sesion-actual";

export const metadata: Metadata = { title: "Nueva regional" };

export default async function NuevaRegionalPage() {
  await requerirPermiso({ accion: "administrar" });
  return (
    <>
      <Secciones actual="regionales" />
      <Encabezado
        titulo="Nueva regional"
        descripcion="El SENA tiene 33 regionales; cree una solo si se agrega una nueva. Las metas de recaudo la incluirán desde que se guarde."
      />
      <div className="max-w-3xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <FormularioRegional />
      </div>
    </>
  );
}
