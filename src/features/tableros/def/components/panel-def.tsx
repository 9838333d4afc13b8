import { ListaDeDatos } from "@/components/ui/lista-de-datos";
import { formatearCop } from "@/lib/dinero";
import { formatearPorcentaje } from "@/lib/razones";
import { TablaConExportacion } from "../../components/tabla-exportable";
import type { Filtros } from "../../filtros";
import type { AmbitoTablero } from "../../tipos";
import { datosDef, type DatosDef } from "../queries";
import { tablasDeDef } from "../tablas";
import { bajoElUmbral, META_DEF, UMBRAL_DEF } from "../umbral";
import { GraficoDef } from "../../components/graficos";
import type { PuntoDef } from "./grafico-def";

function descripcion(datos: DatosDef, puntos: PuntoDef[]): string {
  const trimestres = datos.trimestres.map((t, i) => {
    const razon = puntos[i]?.razon ?? null;
    if (razon === null) return `${t.etiqueta}: no aplica (sin reporte o sin ventas)`;
    return `${t.etiqueta}: ${formatearPorcentaje(razon)}${bajoElUmbral(razon) ? " (bajo el umbral)" : ""}`;
  });
  return (
    `Gráfico de barras del porcentaje de las ventas facturado con DEF por trimestre, frente a la meta ` +
    `del ${formatearPorcentaje(META_DEF)} y el umbral del ${formatearPorcentaje(UMBRAL_DEF)}. ` +
    `${trimestres.join("; ")}.`
  );
}

/** DEF traceability: share of sales invoiced with a documento equivalente a factura. */
export async function PanelDef({ ambito, filtros }: { ambito: AmbitoTablero; filtros: Filtros }) {
  const datos = await datosDef(ambito);
  const tablas = tablasDeDef(datos, ambito);
  const puntos: PuntoDef[] = datos.trimestres.map((t) => ({
    etiqueta: `T${t.numero}`,
    razon: datos.porTrimestre[t.codigo]?.razon ?? null,
  }));
  const centrosBajoElUmbral = datos.centros.filter((c) => bajoElUmbral(c.razon)).length;
  const fuente = ambito.estados.includes("ENVIADO") ? "reportes enviados y aprobados" : "reportes aprobados";

  return (
    <section
      aria-labelledby="panel-def-titulo"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <h2 id="panel-def-titulo" className="text-lg font-semibold text-slate-900">
        Trazabilidad de las ventas: facturación con DEF
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Parte de los aprovechamientos facturada con documento equivalente a factura (DEF), ponderada por las
        ventas, según los {fuente}. Meta: {formatearPorcentaje(META_DEF)}; se señalan los centros por debajo
        del {formatearPorcentaje(UMBRAL_DEF)}. Un trimestre sin reporte o sin ventas figura como «No aplica».
      </p>
      {datos.centros.length === 0 ? (
        <p className="mt-4 rounded-md bg-slate-50 p-3 text-sm text-slate-600">
          No hay reportes de trazabilidad de las ventas para estos filtros.
        </p>
      ) : (
        <>
          <div className="mt-4">
            <ListaDeDatos
              compacta
              filas={[
                ["Proporción facturada con DEF", formatearPorcentaje(datos.total.razon)],
                ["Aprovechamientos", formatearCop(datos.total.ventas)],
                ["Facturado con DEF", formatearCop(datos.total.def)],
                ["Centros bajo el umbral", `${centrosBajoElUmbral} de ${datos.centros.length}`],
              ]}
            />
          </div>
          <GraficoDef puntos={puntos} descripcion={descripcion(datos, puntos)} />
          {tablas.map((tabla) => (
            <TablaConExportacion
              ambito={ambito}
              key={tabla.nombre}
              panel="def"
              tabla={tabla}
              filtros={filtros}
            />
          ))}
        </>
      )}
    </section>
  );
}
