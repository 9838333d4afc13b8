import { formatearPorcentaje } from "@/lib/razones";
import { TablaConExportacion } from "../../components/tabla-exportable";
import type { Filtros } from "../../filtros";
import type { AmbitoTablero } from "../../tipos";
import { consultarComite, type DatosComite } from "../queries";
import { baseDeCobertura, PANEL_COMITE, tablasDeComite } from "../tablas";
import { GraficoComite } from "../../components/graficos";
import type { PorcionComite } from "./grafico-comite";

type Total = NonNullable<DatosComite["total"]>;

const obligados = (n: number) => `${n} ${n === 1 ? "centro obligado" : "centros obligados"}`;

function porciones(total: Total): PorcionComite[] {
  return [
    { nombre: "Acta aprobada", centros: total.aprobados, color: "#2b7a0b" },
    { nombre: "En trámite (enviada o devuelta)", centros: total.enTramite, color: "#b45309" },
    { nombre: "Falta (sin acta o en borrador)", centros: total.faltantes, color: "#b91c1c" },
  ];
}

function resumenDelCentro(acta: DatosComite["centros"][number], anio: number): string {
  const detalles = [
    acta.situacion === acta.detalle ? null : acta.detalle.toLowerCase(),
    acta.fecha ? `acta ${acta.numeroActa ?? ""} del ${acta.fecha}` : null,
  ].filter((d) => d !== null);
  const entreParentesis = detalles.length > 0 ? ` (${detalles.join(", ")})` : "";
  return `Acta del comité de precios de ${anio}: ${acta.situacion}${entreParentesis}.`;
}

function resumen(datos: DatosComite, total: Total, ambito: AmbitoTablero): string {
  const acta = ambito.centroId === undefined ? undefined : datos.centros[0];
  if (acta) return resumenDelCentro(acta, ambito.vigencia.anio);
  return (
    `De ${obligados(total.obligados)}, ${total.aprobados} con el acta aprobada, ` +
    `${total.enTramite} en trámite y ${total.faltantes} sin acta. ` +
    `Cobertura (${baseDeCobertura(ambito)}): ${formatearPorcentaje(total.cobertura)}.`
  );
}

function Aviso({ children }: { children: string }) {
  return <p className="mt-4 rounded-md bg-slate-50 p-3 text-sm text-slate-700">{children}</p>;
}

/** Comité de precios: which obliged centros have the act of the vigencia approved, in review or missing. */
export async function PanelComite({ ambito, filtros }: { ambito: AmbitoTablero; filtros: Filtros }) {
  const datos = await consultarComite(ambito);
  return (
    <section
      aria-labelledby="panel-comite-titulo"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <h2 id="panel-comite-titulo" className="text-lg font-semibold text-slate-900">
        Comité de precios
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Centros de formación activos obligados a establecer el comité de precios en la vigencia{" "}
        {ambito.vigencia.anio} y la situación de su acta. En la tabla por centro, el nombre abre el reporte
        cuando existe, o la vista del centro cuando no.
      </p>
      {!datos.hayObligacion ? (
        <Aviso>{`La vigencia ${ambito.vigencia.anio} no tiene seguimiento del comité de precios.`}</Aviso>
      ) : datos.total === null ? (
        <Aviso>No hay centros obligados a presentar el acta del comité de precios con estos filtros.</Aviso>
      ) : (
        <>
          <p className="mt-4 text-slate-900">{resumen(datos, datos.total, ambito)}</p>
          {ambito.centroId === undefined ? (
            <GraficoComite
              porciones={porciones(datos.total)}
              cobertura={formatearPorcentaje(datos.total.cobertura)}
              descripcion={`Gráfico circular de los centros obligados según su acta. ${resumen(datos, datos.total, ambito)}`}
            />
          ) : null}
          {tablasDeComite(datos, ambito).map((tabla) => (
            <TablaConExportacion
              ambito={ambito}
              key={tabla.nombre}
              panel={PANEL_COMITE}
              tabla={tabla}
              filtros={filtros}
            />
          ))}
        </>
      )}
    </section>
  );
}
