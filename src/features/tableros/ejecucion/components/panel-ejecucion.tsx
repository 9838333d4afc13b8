import { ListaDeDatos } from "@/components/ui/lista-de-datos";
import { formatearCop } from "@/lib/dinero";
import { formatearPorcentaje } from "@/lib/razones";
import { TablaConExportacion } from "../../components/tabla-exportable";
import type { Filtros } from "../../filtros";
import type { AmbitoTablero } from "../../tipos";
import { datosEjecucion } from "../queries";
import { tablasDeEjecucion } from "../tablas";
import { GraficoEjecucion } from "../../components/graficos";
import type { BarraEjecucion } from "./grafico-ejecucion";

function descripcion(barras: BarraEjecucion[], porRegional: boolean): string {
  const detalle = barras.map((b) => `${b.etiqueta}: ${formatearPorcentaje(b.razon)}`);
  return (
    `Gráfico de barras del porcentaje ejecutado de los recursos asignados por ` +
    `${porRegional ? "regional" : "centro"}. ${detalle.join("; ")}.`
  );
}

/** Resource execution: executed against assigned, per regional and centro. */
export async function PanelEjecucion({ ambito, filtros }: { ambito: AmbitoTablero; filtros: Filtros }) {
  const datos = await datosEjecucion(ambito);
  const tablas = tablasDeEjecucion(datos, ambito);
  // Nationally one bar per regional; inside a regional, one per centro.
  const porRegional = ambito.regionalId === undefined;
  const barras: BarraEjecucion[] = (porRegional ? datos.regionales : datos.centros).map((x) => ({
    etiqueta: x.nombre,
    razon: x.razon,
  }));
  const fuente = ambito.estados.includes("ENVIADO") ? "reportes enviados y aprobados" : "reportes aprobados";

  return (
    <section
      aria-labelledby="panel-ejecucion-titulo"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <h2 id="panel-ejecucion-titulo" className="text-lg font-semibold text-slate-900">
        Ejecución de los recursos de producción de centros
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Recursos solicitados en el presupuesto de apertura, asignados y ejecutados en la vigencia, según los{" "}
        {fuente}. El porcentaje es lo ejecutado sobre lo asignado; sin recursos asignados figura como «No
        aplica».
      </p>
      {datos.centros.length === 0 ? (
        <p className="mt-4 rounded-md bg-slate-50 p-3 text-sm text-slate-600">
          No hay reportes de ejecución de recursos para estos filtros.
        </p>
      ) : (
        <>
          <div className="mt-4">
            <ListaDeDatos
              compacta
              filas={[
                ["Ejecutado sobre asignado", formatearPorcentaje(datos.total.razon)],
                ["Solicitados", formatearCop(datos.total.solicitados)],
                ["Asignados", formatearCop(datos.total.asignados)],
                ["Ejecutados", formatearCop(datos.total.ejecutados)],
                ["Registrados en el módulo", `${datos.total.registrados} de ${datos.total.centros} centros`],
              ]}
            />
          </div>
          <GraficoEjecucion barras={barras} descripcion={descripcion(barras, porRegional)} />
          {tablas.map((tabla) => (
            <TablaConExportacion
              ambito={ambito}
              key={tabla.nombre}
              panel="ejecucion"
              tabla={tabla}
              filtros={filtros}
            />
          ))}
        </>
      )}
    </section>
  );
}
