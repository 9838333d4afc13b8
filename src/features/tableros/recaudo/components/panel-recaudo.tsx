import { formatearCop } from "@/lib/dinero";
import { formatearPorcentaje } from "@/lib/razones";
import { TablaConExportacion } from "../../components/tabla-exportable";
import type { Filtros } from "../../filtros";
import type { AmbitoTablero } from "../../tipos";
import { consultarRecaudo, type DatosRecaudo } from "../queries";
import { PANEL_RECAUDO, tablasDeRecaudo } from "../tablas";
import { GraficoRecaudo, GraficoTendencia } from "../../components/graficos";
import type { BarraSemestre } from "./grafico-recaudo";
import type { PuntoTendencia } from "./grafico-tendencia";

type Semestre = DatosRecaudo["semestres"][number];

const numero = (pesos: bigint | null) => (pesos === null ? null : Number(pesos));

function barras(semestres: Semestre[]): BarraSemestre[] {
  return semestres.map((s) => ({
    semestre: `Semestre ${s.numero}`,
    fiscalizacion: numero(s.fiscalizacion),
    cobroPersuasivo: numero(s.cobroPersuasivo),
    meta: numero(s.meta),
  }));
}

function describirSemestre(s: Semestre): string {
  const meta = s.meta === null ? "sin meta" : `meta ${formatearCop(s.meta)}`;
  if (s.total === null) return `${s.etiqueta}: sin recaudo que contar (informe: ${s.informe}), ${meta}`;
  const cumplimiento = s.cumplimiento === null ? "" : `, ${formatearPorcentaje(s.cumplimiento)} de la meta`;
  return `${s.etiqueta}: recaudado ${formatearCop(s.total)}, ${meta}${cumplimiento}`;
}

function describirTendencia(tendencia: DatosRecaudo["tendencia"]): string {
  const [primero] = tendencia;
  const ultimo = tendencia.at(-1);
  if (!primero || !ultimo) return "";
  const maximo = tendencia.reduce((a, b) => (b.total > a.total ? b : a), primero);
  return (
    `Gráfico de líneas del recaudo total en ${tendencia.length} semestres: ` +
    `${formatearCop(primero.total)} en ${primero.etiqueta}, ` +
    `${formatearCop(ultimo.total)} en ${ultimo.etiqueta}; ` +
    `el mayor, ${formatearCop(maximo.total)} en ${maximo.etiqueta}.`
  );
}

function NotaCentro() {
  return (
    <p className="mt-4 rounded-md bg-slate-50 p-3 text-sm text-slate-700">
      El recaudo por fiscalización y cobro persuasivo se informa a nivel nacional, con su desglose por
      regional; no se reporta por centro de formación. Consulte la vista nacional o la de la regional.
    </p>
  );
}

/** Recaudo against meta per semester, the regional ranking and the trend across vigencias. */
export async function PanelRecaudo({ ambito, filtros }: { ambito: AmbitoTablero; filtros: Filtros }) {
  const datos = await consultarRecaudo(ambito);
  return (
    <section
      aria-labelledby="panel-recaudo-titulo"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <h2 id="panel-recaudo-titulo" className="text-lg font-semibold text-slate-900">
        Recaudo frente a la meta
      </h2>
      {datos === null ? <NotaCentro /> : <Contenido datos={datos} ambito={ambito} filtros={filtros} />}
    </section>
  );
}

function Contenido({
  datos,
  ambito,
  filtros,
}: {
  datos: DatosRecaudo;
  ambito: AmbitoTablero;
  filtros: Filtros;
}) {
  const { porSemestre, porRegional, tendencia } = tablasDeRecaudo(datos, ambito);
  const fuente = ambito.estados.includes("ENVIADO")
    ? "informes nacionales enviados y aprobados"
    : "informes nacionales aprobados";
  const alcance = ambito.regionalId === undefined ? "la meta nacional" : "la meta de la regional";
  const puntos: PuntoTendencia[] = datos.tendencia.map((t) => ({
    periodo: t.periodo,
    total: Number(t.total),
  }));
  return (
    <>
      <p className="mt-1 text-sm text-slate-700">
        Recaudo por fiscalización y por cobro persuasivo según los {fuente}, frente a {alcance} de cada
        semestre (la meta nacional es la suma de las regionales). Sin recaudo que contar, sin meta o con meta
        de cero, el cumplimiento figura como «No aplica».
      </p>
      {datos.semestres.length > 0 ? (
        <GraficoRecaudo
          barras={barras(datos.semestres)}
          descripcion={
            `Gráfico de barras del recaudo por semestre de la vigencia ${ambito.vigencia.anio}, ` +
            `apilado por fiscalización y cobro persuasivo, junto a la meta. ` +
            `${datos.semestres.map(describirSemestre).join("; ")}.`
          }
        />
      ) : null}
      <TablaConExportacion ambito={ambito} panel={PANEL_RECAUDO} tabla={porSemestre} filtros={filtros} />
      <TablaConExportacion ambito={ambito} panel={PANEL_RECAUDO} tabla={porRegional} filtros={filtros} />
      {puntos.length > 1 ? (
        <GraficoTendencia puntos={puntos} descripcion={describirTendencia(datos.tendencia)} />
      ) : null}
      <TablaConExportacion ambito={ambito} panel={PANEL_RECAUDO} tabla={tendencia} filtros={filtros} />
    </>
  );
}
