import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { Esqueleto } from "@/components/ui/esqueleto";
import { Encabezado } from "@/components/ui/encabezado";
import { resolverAmbito } from "@/features/tableros/alcance";
import { PanelComite } from "@/features/tableros/comite/components/panel-comite";
import { FiltrosTablero } from "@/features/tableros/components/filtros-tablero";
import { PanelCumplimiento } from "@/features/tableros/cumplimiento/components/panel-cumplimiento";
import { PanelDef } from "@/features/tableros/def/components/panel-def";
import { PanelEjecucion } from "@/features/tableros/ejecucion/components/panel-ejecucion";
import { enlaceConFiltros, leerFiltros } from "@/features/tableros/filtros";
import { nombresDelAmbito, opcionesDeFiltros } from "@/features/tableros/queries";
import { PanelRecaudo } from "@/features/tableros/recaudo/components/panel-recaudo";
import { AccesoDenegado } from "@/server/autorizacion";
import { requerirUsuario } from "@/server/sesion-actual";

export const metadata: Metadata = { title: "Tableros" };

type Parametros = Record<string, string | string[] | undefined>;

async function ambitoOMostrar404(
  usuario: Awaited<ReturnType<typeof requerirUsuario>>,
  parametros: Parametros,
) {
  try {
    return await resolverAmbito(usuario, leerFiltros(parametros));
  } catch (error) {
    if (error instanceof AccesoDenegado) notFound();
    throw error;
  }
}

export default async function TablerosPage(props: { searchParams: Promise<Parametros> }) {
  const usuario = await requerirUsuario();
  const parametros = await props.searchParams;
  const filtros = leerFiltros(parametros);
  const ambito = await ambitoOMostrar404(usuario, parametros);
  if (!ambito) return <Encabezado titulo="Tableros" descripcion="Aún no hay ninguna vigencia registrada." />;
  const [{ vigencias, regionales }, nombres] = await Promise.all([
    opcionesDeFiltros(),
    nombresDelAmbito(ambito),
  ]);
  const esSubdirector = usuario.rol === "SUBDIRECTOR";
  const base = { ...filtros, regional: undefined, centro: undefined };
  return (
    <>
      <Encabezado
        titulo={
          nombres.centro
            ? nombres.centro.nombre
            : nombres.regional
              ? `Regional ${nombres.regional.nombre}`
              : "Tablero nacional"
        }
        descripcion={
          <nav aria-label="Nivel del tablero" className="flex flex-wrap gap-1 text-sm">
            {esSubdirector ? (
              <span>Su centro · {ambito.vigencia.nombre}</span>
            ) : (
              <>
                <Link href={enlaceConFiltros("/tableros", base)} className="text-sena-700 underline">
                  Nacional
                </Link>
                {nombres.regional ? (
                  <>
                    <span aria-hidden="true">›</span>
                    <Link
                      href={enlaceConFiltros("/tableros", { ...base, regional: nombres.regional.id })}
                      className="text-sena-700 underline"
                    >
                      Regional {nombres.regional.nombre}
                    </Link>
                  </>
                ) : null}
                {nombres.centro ? (
                  <>
                    <span aria-hidden="true">›</span>
                    <span aria-current="page">{nombres.centro.nombre}</span>
                  </>
                ) : null}
                <span className="text-slate-600"> · {ambito.vigencia.nombre}</span>
              </>
            )}
          </nav>
        }
      />
      <FiltrosTablero
        ambito={ambito}
        filtros={filtros}
        vigencias={vigencias}
        regionales={regionales}
        puedeElegirRegional={!esSubdirector}
      />
      {filtros.datos === "enviados" ? (
        <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Incluye reportes enviados que aún no han sido aprobados: las cifras pueden cambiar con la revisión.
        </p>
      ) : null}
      <div className="space-y-8">
        {/* Each panel streams on its own: the first paints without waiting for the slowest. */}
        <Suspense fallback={<Esqueleto titulo="Recaudo frente a la meta" alto={320} />}>
          <PanelRecaudo ambito={ambito} filtros={filtros} />
        </Suspense>
        <Suspense fallback={<Esqueleto titulo="Comité de precios" alto={224} />}>
          <PanelComite ambito={ambito} filtros={filtros} />
        </Suspense>
        <Suspense
          fallback={<Esqueleto titulo="Trazabilidad de las ventas: facturación con DEF" alto={290} />}
        >
          <PanelDef ambito={ambito} filtros={filtros} />
        </Suspense>
        <Suspense
          fallback={<Esqueleto titulo="Ejecución de los recursos de producción de centros" alto={200} />}
        >
          <PanelEjecucion ambito={ambito} filtros={filtros} />
        </Suspense>
        <Suspense fallback={<Esqueleto titulo="Cumplimiento y oportunidad de los reportes" alto={200} />}>
          <PanelCumplimiento ambito={ambito} filtros={filtros} />
        </Suspense>
      </div>
    </>
  );
}
