import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BOTON_NEUTRO } from "@/components/ui/botones";
import { Encabezado } from "@/components/ui/encabezado";
import { Seccion } from "@/components/ui/seccion";
import { enlaceDeInforme, INFORMES, TIPOS_DE_INFORME } from "@/features/informes/catalogo";
import { resolverAmbito } from "@/features/tableros/alcance";
import { leerFiltros } from "@/features/tableros/filtros";
import { nombresDelAmbito, opcionesDeFiltros } from "@/features/tableros/queries";
import { centrosDeLaRegional } from "@/features/informes/queries";
import { fechaEnBogota } from "@/lib/fechas";
import { periodosDeVigencia } from "@/lib/periodos";
import { AccesoDenegado } from "@/server/autorizacion";
import { requerirPermiso } from "@/server/sesion-actual";

export const metadata: Metadata = { title: "Informes" };

const SELECT = "mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900";

type Parametros = Record<string, string | string[] | undefined>;

export default async function InformesPage(props: { searchParams: Promise<Parametros> }) {
  const usuario = await requerirPermiso({ accion: "ver-tableros" });
  const filtros = leerFiltros(await props.searchParams);
  let ambito;
  try {
    ambito = await resolverAmbito(usuario, { ...filtros, periodo: undefined, datos: "aprobados" });
  } catch (error) {
    if (error instanceof AccesoDenegado) notFound();
    throw error;
  }
  if (!ambito) return <Encabezado titulo="Informes" descripcion="Aún no hay ninguna vigencia registrada." />;
  const esSubdirector = usuario.rol === "SUBDIRECTOR";
  const [{ vigencias, regionales }, nombres, centros] = await Promise.all([
    opcionesDeFiltros(),
    nombresDelAmbito(ambito),
    ambito.regionalId !== undefined && !esSubdirector
      ? centrosDeLaRegional(ambito.regionalId)
      : Promise.resolve([]),
  ]);
  const hoy = fechaEnBogota(new Date());
  const unidad = {
    regional: ambito.centroId === undefined ? ambito.regionalId : undefined,
    centro: ambito.centroId,
  };
  const nombreDeUnidad = nombres.centro
    ? nombres.centro.nombre
    : nombres.regional
      ? `Regional ${nombres.regional.nombre}`
      : "Nacional";
  const tipos = TIPOS_DE_INFORME.filter((t) => ambito.centroId === undefined || INFORMES[t].porCentro);

  return (
    <>
      <Encabezado
        titulo="Informes"
        descripcion={`Los informes que el Plan de Acción pide como evidencia, hechos con las cifras aprobadas de los tableros. ${nombreDeUnidad} · ${ambito.vigencia.nombre}.`}
      />
      <form
        method="get"
        aria-label="Elegir los informes"
        className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-4 sm:items-end"
      >
        <label className="text-sm font-medium text-slate-700">
          Vigencia
          <select name="vigencia" defaultValue={ambito.vigencia.anio} className={SELECT}>
            {vigencias.map((v) => (
              <option key={v.anio} value={v.anio}>
                {v.nombre}
              </option>
            ))}
          </select>
        </label>
        {esSubdirector ? null : (
          <>
            <label className="text-sm font-medium text-slate-700">
              Regional
              <select name="regional" defaultValue={ambito.regionalId ?? ""} className={SELECT}>
                <option value="">Nacional (todas)</option>
                {regionales.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.nombre}
                  </option>
                ))}
              </select>
            </label>
            {centros.length > 0 ? (
              <label className="text-sm font-medium text-slate-700">
                Centro
                <select name="centro" defaultValue={ambito.centroId ?? ""} className={SELECT}>
                  <option value="">Toda la regional</option>
                  {centros.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.nombre}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
          </>
        )}
        <button type="submit" className={BOTON_NEUTRO}>
          Ver informes
        </button>
      </form>
      {tipos.map((tipo) => {
        const definicion = INFORMES[tipo];
        const periodos = periodosDeVigencia(ambito.vigencia.anio, definicion.periodicidad).filter(
          (p) => p.inicio <= hoy,
        );
        return (
          <Seccion key={tipo} titulo={definicion.titulo}>
            <p className="mb-3 text-sm text-slate-700">
              Evidencia del lineamiento {definicion.lineamiento} · {nombreDeUnidad}
            </p>
            {periodos.length === 0 ? (
              <p className="text-sm text-slate-600">Ningún periodo de esta vigencia ha comenzado.</p>
            ) : (
              <ul className="divide-y divide-slate-200" data-informe={tipo}>
                {periodos.map((p) => (
                  <li key={p.codigo} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span className="font-medium text-slate-900">
                      {p.etiqueta}
                      {p.fin >= hoy ? (
                        <span className="ml-2 text-sm font-normal text-amber-800">
                          (en curso: cifras parciales)
                        </span>
                      ) : null}
                    </span>
                    <span className="flex gap-3 text-sm">
                      {(["pdf", "xlsx"] as const).map((formato) => (
                        <a
                          key={formato}
                          href={enlaceDeInforme(tipo, p.codigo, formato, unidad)}
                          className="font-medium text-sena-700 underline"
                          download
                        >
                          Descargar {formato === "pdf" ? "PDF" : "Excel"}
                          <span className="sr-only">
                            : {definicion.titulo}, {p.etiqueta}
                          </span>
                        </a>
                      ))}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Seccion>
        );
      })}
    </>
  );
}
