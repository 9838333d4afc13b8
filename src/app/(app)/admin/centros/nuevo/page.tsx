import type { Metadata } from "next";
import { Encabezado } from "@/components/ui/encabezado";
import { FormularioCentro } from "@/features/centros/components/formulario-centro";
import { Secciones } from "@/features/centros/components/secciones";
import { regionalesParaElegir } from "@/features/centros/queries";
import { filtrosCentrosSchema } from "@/features/centros/schemas";
import { anioEnCurso } from "@/lib/fechas";
import { requerirPermiso } from "@/server/sesion-actual";

export const metadata: Metadata = { title: "Nuevo centro" };

export default async function NuevoCentroPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const usuario = await requerirPermiso({ accion: "administrar" });
  const { regional } = filtrosCentrosSchema.parse(await props.searchParams);
  const regionales = await regionalesParaElegir(usuario);
  const preelegida = regionales.some((r) => r.id === regional) ? String(regional) : "";
  return (
    <>
      <Secciones actual="centros" />
      <Encabezado
        titulo="Nuevo centro de formación"
        descripcion={`Si queda activo, desde que se guarda se le piden los reportes de la vigencia ${anioEnCurso()} y las siguientes, también los de periodos ya cerrados.`}
      />
      <div className="max-w-3xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <FormularioCentro
          regionales={regionales}
          valores={{
            codigo: "",
            nombre: "",
            regionalId: preelegida,
            generaAprovechamiento: false,
            requiereRecursos: true,
            activo: true,
          }}
          anioEnCurso={anioEnCurso()}
        />
      </div>
    </>
  );
}
