import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Encabezado } from "@/components/ui/encabezado";
import { FormularioRegional } from "@/features/centros/components/formulario-regional";
import { Secciones } from "@/features/centros/components/secciones";
import { regionalParaEditar } from "@/features/centros/queries";
import { parseId } from "@/lib/identificadores";
import { requerirPermiso } from "@/server/sesion-actual";

export const metadata: Metadata = { title: "Editar regional" };

export default async function EditarRegionalPage(props: { params: Promise<{ id: string }> }) {
  const usuario = await requerirPermiso({ accion: "administrar" });
  const id = parseId((await props.params).id);
  if (id === null) notFound();
  const regional = await regionalParaEditar(usuario, id);
  if (!regional) notFound();
  const centros = regional._count.centros;
  return (
    <>
      <Secciones actual="regionales" />
      <Encabezado
        titulo={`Regional ${regional.nombre}`}
        descripcion={`${centros === 1 ? "1 centro" : `${centros} centros`}. El nombre y el código nuevos se verán en los tableros, las metas y la importación de centros.`}
      />
      <div className="max-w-3xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <FormularioRegional
          edicion={{
            id: regional.id,
            version: regional.version,
            valores: { codigo: regional.codigo, nombre: regional.nombre },
          }}
        />
      </div>
    </>
  );
}
