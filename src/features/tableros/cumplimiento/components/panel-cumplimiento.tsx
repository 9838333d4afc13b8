import type { TipoReporte } from "@/generated/prisma/enums";
import { formatearFecha } from "@/lib/fechas";
import { parsePeriodo } from "@/lib/periodos";
import { TablaConExportacion } from "../../components/tabla-exportable";
import type { Filtros } from "../../filtros";
import type { AmbitoTablero } from "../../tipos";
import { consultarCumplimiento, type Cumplimiento } from "../queries";
import { etiquetaDePeriodo, tablasDelPanel } from "../tablas";
import { GraficoCumplimiento } from "../../components/graficos";
import type { BarraCumplimiento } from "./grafico-cumplimiento";
import { ResumenCumplimiento } from "./resumen-cumplimiento";

const PANEL = "cumplimiento";
const ANCLA = "panel-cumplimiento";

const TIPO_CORTO: Record<TipoReporte, string> = {
  RECAUDO: "Recaudo",
  COMITE_PRECIOS: "Comité",
  TRAZABILIDAD_VENTAS: "Trazabilidad",
  EJECUCION_RECURSOS: "Ejecución",
};

const entero = new Intl.NumberFormat("es-CO");

function barras(c: Cumplimiento): BarraCumplimiento[] {
  return c.porPeriodo.map((p) => ({
    etiqueta: `${TIPO_CORTO[p.tipo]} ${p.periodo}`,
    aTiempo: p.aTiempo,
    tarde: p.tarde,
    faltantes: p.faltantes,
  }));
}

function resumenDelGrafico(c: Cumplimiento, tituloTabla: string): string {
  const { esperados, aTiempo, tarde, faltantes } = c.total;
  return (
    `Barras apiladas al 100 % por reporte y periodo: proporción de los esperados recibidos a tiempo, con atraso y faltantes. En total, de ` +
    `${entero.format(esperados)} reportes esperados, ${entero.format(aTiempo)} llegaron a tiempo, ` +
    `${entero.format(tarde)} con atraso y faltan ${entero.format(faltantes)}. ` +
    `El detalle está en la tabla «${tituloTabla}».`
  );
}

function NotaDePeriodos({ c }: { c: Cumplimiento }) {
  if (c.periodoElegido !== undefined) {
    const periodo = parsePeriodo(c.periodoElegido);
    if (!periodo || periodo.fin < c.hoy) return null;
    return (
      <p>
        {periodo.etiqueta} aún no termina: sus reportes se muestran porque eligió ese periodo, y ninguno está
        vencido todavía.
      </p>
    );
  }
  return (
    <p>
      Se esperan los reportes de los periodos terminados al {formatearFecha(c.hoy)}.
      {c.periodosEnCurso.length > 0
        ? ` Los periodos en curso (${c.periodosEnCurso.map(etiquetaDePeriodo).join(", ")}) aún no se ` +
          "esperan; elija uno en el filtro de periodo para verlo."
        : null}
    </p>
  );
}

function textoDeVencidas(c: Cumplimiento): string {
  const { total } = c.vencidas;
  return total === 1
    ? "1 obligación vencida sin recibir."
    : `${entero.format(total)} obligaciones vencidas sin recibir.`;
}

/**
 * Panel (5): reporting completeness and timeliness — how many of the expected reports arrived, on
 * time or late, how many are missing or approved, where, and who owes the overdue ones.
 */
export async function PanelCumplimiento({ ambito, filtros }: { ambito: AmbitoTablero; filtros: Filtros }) {
  // The same figures as the downloads (every overdue obligation): one computation kept for both.
  const c = await consultarCumplimiento(ambito, { limiteVencidas: null });
  const { porPeriodo, porRegional, porCentro, vencidas, plazos } = tablasDelPanel(c);
  const variasUnidades = ambito.centroId === undefined;

  return (
    <section
      id={ANCLA}
      aria-labelledby={`${ANCLA}-titulo`}
      className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <h2 id={`${ANCLA}-titulo`} className="text-lg font-semibold text-slate-900">
        Cumplimiento y oportunidad de los reportes
      </h2>
      <div className="mt-1 space-y-1 text-sm text-slate-700">
        <p>
          Recibido es un reporte enviado al menos una vez; llega a tiempo si su primer envío es a más tardar
          en la fecha límite (hora de Colombia). Las tasas son sobre los reportes esperados.
        </p>
        <NotaDePeriodos c={c} />
        <p>
          «Faltantes» incluye los que aún están dentro del plazo; «Vencidos sin recibir», los que ya lo
          superaron.
        </p>
      </div>

      {c.total.esperados === 0 ? (
        <p className="mt-4 rounded-md bg-slate-50 p-3 text-sm text-slate-700">
          Con estos filtros aún no se espera ningún reporte.
        </p>
      ) : (
        <>
          <ResumenCumplimiento conteo={c.total} />
          <GraficoCumplimiento barras={barras(c)} resumen={resumenDelGrafico(c, porPeriodo.titulo)} />
          <TablaConExportacion ambito={ambito} panel={PANEL} tabla={porPeriodo} filtros={filtros} />
          <TablaConExportacion ambito={ambito} panel={PANEL} tabla={plazos} filtros={filtros} />
          <p className="mt-2 text-sm text-slate-700">
            Una devolución da al responsable un plazo para corregir y reenviar; un envío da a los revisores un
            plazo para aprobar o devolver. Los días de cada plazo se fijan en Administración → Recordatorios.
          </p>
          {variasUnidades ? (
            <>
              <TablaConExportacion ambito={ambito} panel={PANEL} tabla={porRegional} filtros={filtros} />
              <TablaConExportacion ambito={ambito} panel={PANEL} tabla={porCentro} filtros={filtros} />
            </>
          ) : null}
          {c.vencidas.total === 0 ? (
            <p className="mt-4 text-sm text-slate-700">Ninguna obligación vencida sin recibir.</p>
          ) : (
            <>
              <TablaConExportacion ambito={ambito} panel={PANEL} tabla={vencidas} filtros={filtros} />
              <p className="mt-2 text-sm text-slate-700">{textoDeVencidas(c)}</p>
            </>
          )}
        </>
      )}
    </section>
  );
}
