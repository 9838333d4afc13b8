import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Encabezado } from "@/components/ui/encabezado";
import { FormularioCentro } from "@/features/centros/components/formulario-centro";
import { MarcasPorVigencia } from "@/features/centros/components/marcas-por-vigencia";
import { HistorialCentro } from "@/features/centros/components/historial-centro";
import { ResumenCentro } from "@/features/centros/components/resumen-centro";
import { Secciones } from "@/features/centros/components/secciones";
import { centroParaEditar, regionalesParaElegir } from "@/features/centros/queries";
import { Aviso } from "@/components/ui/aviso";
import { anioEnCurso } from "@/lib/fechas";
import { parseId } from "@/lib/identificadores";
import { requerirPermiso } from "@/server/sesion-actual";

export const metadata: Metadata = { title: "Editar centro" };

export default async function EditarCentroPage(props: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ creado?: string }>;
}) {
  const usuario = await requerirPermiso({ accion: "administrar" });
  const id = parseId((await props.params).id);
  if (id === null) notFound();
  const [centro, regionales] = await Promise.all([
    centroParaEditar(usuario, id),
    regionalesParaElegir(usuario),
  ]);
  if (!centro) notFound();
  const creado = (await props.searchParams).creado === "1";
  return (
    <>
      <Secciones actual="centros" />
      <Encabezado
        titulo={centro.nombre}
        descripcion={`Código ${centro.codigo} · Regional ${centro.regional.nombre}`}
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-6">
          <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
            {creado ? <Aviso tipo="exito">Centro creado. Puede seguir editándolo aquí.</Aviso> : null}
            <FormularioCentro
              regionales={regionales}
              valores={{
                codigo: centro.codigo,
                nombre: centro.nombre,
                regionalId: String(centro.regionalId),
                generaAprovechamiento: centro.generaAprovechamiento,
                requiereRecursos: centro.requiereRecursos,
                activo: centro.activo,
              }}
              anioEnCurso={anioEnCurso()}
              edicion={{
                id: centro.id,
                version: centro.version,
                original: {
                  regionalId: centro.regionalId,
                  generaAprovechamiento: centro.generaAprovechamiento,
                  requiereRecursos: centro.requiereRecursos,
                  activo: centro.activo,
                  subdirectores: centro.subdirectores.map((s) => `${s.nombre} (${s.email})`),
                },
              }}
            />
          </div>
          <section
            aria-labelledby="por-vigencia"
            className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
          >
            <h2 id="por-vigencia" className="font-semibold text-slate-900">
              Por vigencia
            </h2>
            <p className="mt-1 text-sm text-slate-700">
              Lo que era el centro en cada vigencia: de aquí salen sus obligaciones y los tableros de esa
              vigencia. Cambiar una vigencia no cambia las demás.
            </p>
            <MarcasPorVigencia centroId={centro.id} vigencias={centro.vigencias} />
          </section>
        </div>
        <aside className="space-y-4" aria-label="Subdirectores, reportes e historial del centro">
          <ResumenCentro centro={centro} />
          <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h2 className="mb-2 font-semibold text-slate-900">Historial de cambios</h2>
            <HistorialCentro eventos={centro.historial} />
          </section>
        </aside>
      </div>
    </>
  );
}
