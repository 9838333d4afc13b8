import { diasEntre, diaIsoDeLaSemana, semanaIso, type FechaCalendario } from "./fechas";
import type { EstadoObligacion } from "./oportunidad";

/** The days that drive reminders and deadlines, as an ADMIN sets them. */
export interface ConfiguracionRecordatorios {
  /** Days before a deadline on which an unsubmitted report is recalled (0 = the day itself). */
  diasAntes: number[];
  /** Days overdue from which the coordination is told. */
  diasEscalamiento: number;
  /** Days to correct a returned report, counted from the return. */
  diasCorreccion: number;
  /** Days to review a submitted report, counted from the submission. */
  diasRevision: number;
  /** ISO weekday of the weekly digest: 1 = Monday … 7 = Sunday. */
  diaResumenSemanal: number;
}

export const CONFIGURACION_POR_DEFECTO: ConfiguracionRecordatorios = {
  diasAntes: [7, 1],
  diasEscalamiento: 7,
  diasCorreccion: 10,
  diasRevision: 10,
  diaResumenSemanal: 1,
};

/**
 * A stage missed because no pass ran on its day (the server was off) is still delivered during
 * this many days, or until the next stage begins; after that it is skipped rather than sent stale.
 */
export const DIAS_DE_RECUPERACION = 7;

/** A stage and the day, relative to the deadline (negative before it), from which it applies. */
interface Disparo<E extends string> {
  etapa: E;
  desde: number;
}

/** The one stage whose window holds `t` (days after the deadline), if any. */
function etapaVigente<E extends string>(disparos: Disparo<E>[], t: number): E | null {
  const ordenados = [...disparos].sort((a, b) => a.desde - b.desde);
  for (const [i, disparo] of ordenados.entries()) {
    const siguiente = ordenados[i + 1]?.desde ?? Number.POSITIVE_INFINITY;
    const hasta = Math.min(siguiente, disparo.desde + DIAS_DE_RECUPERACION);
    if (t >= disparo.desde && t < hasta) return disparo.etapa;
  }
  return null;
}

function diasAntesOrdenados(config: ConfiguracionRecordatorios): number[] {
  return [...new Set(config.diasAntes)].sort((a, b) => b - a);
}

export type EtapaObligacion = `PREVIO_${number}` | "VENCIDO" | "ESCALAMIENTO";

/** Only a report nobody has submitted yet is chased; a returned one has its own correction deadline. */
const SIN_ENVIAR: ReadonlySet<EstadoObligacion> = new Set(["PENDIENTE", "BORRADOR"]);

/**
 * The reminder an obligation is due on `hoy`: before its deadline (each of `diasAntes`), the day
 * after it (overdue), and `diasEscalamiento` days after it (escalated to the coordination). Null
 * once the report was submitted, whatever happened to it afterwards.
 */
export function etapaDeObligacion(params: {
  fechaLimite: FechaCalendario;
  estado: EstadoObligacion;
  hoy: FechaCalendario;
  config: ConfiguracionRecordatorios;
}): EtapaObligacion | null {
  const { fechaLimite, estado, hoy, config } = params;
  if (!SIN_ENVIAR.has(estado)) return null;
  const disparos: Disparo<EtapaObligacion>[] = [
    ...diasAntesOrdenados(config).map((d) => ({ etapa: `PREVIO_${d}` as const, desde: -d })),
    { etapa: "VENCIDO", desde: 1 },
    { etapa: "ESCALAMIENTO", desde: config.diasEscalamiento },
  ];
  return etapaVigente(disparos, diasEntre(fechaLimite, hoy));
}

export type EtapaPlazo = `CORRECCION_PREVIO_${number}` | "CORRECCION_VENCIDA" | "REVISION_VENCIDA";

/**
 * The reminder an open deadline is due on `hoy`. A correction is recalled on each of `diasAntes`
 * that falls inside its own span (the return itself already told the author) and the day after it
 * lapses; a review only the day after it lapses, to its reviewers.
 */
export function etapaDePlazo(params: {
  tipo: "CORRECCION" | "REVISION";
  abiertoEl: FechaCalendario;
  venceEl: FechaCalendario;
  hoy: FechaCalendario;
  config: ConfiguracionRecordatorios;
}): EtapaPlazo | null {
  const { tipo, abiertoEl, venceEl, hoy, config } = params;
  const t = diasEntre(venceEl, hoy);
  if (tipo === "REVISION") return etapaVigente([{ etapa: "REVISION_VENCIDA", desde: 1 }], t);
  const duracion = diasEntre(abiertoEl, venceEl);
  const disparos: Disparo<EtapaPlazo>[] = [
    ...diasAntesOrdenados(config)
      .filter((d) => d < duracion)
      .map((d) => ({ etapa: `CORRECCION_PREVIO_${d}` as const, desde: -d })),
    { etapa: "CORRECCION_VENCIDA", desde: 1 },
  ];
  return etapaVigente(disparos, t);
}

/**
 * The ISO week whose digest is due on `hoy`, or null: from the configured weekday to the end of
 * that week, so a pass missed on Monday still sends it on Tuesday, and never twice (the key is the week).
 */
export function semanaDelResumen(hoy: FechaCalendario, config: ConfiguracionRecordatorios): string | null {
  return diaIsoDeLaSemana(hoy) >= config.diaResumenSemanal ? semanaIso(hoy) : null;
}

/** Whether a deadline, closed at `cerradoEl` (or still open on `hoy`), was or is met. */
export function plazoCumplido(venceEl: FechaCalendario, cerradoEl: FechaCalendario): boolean {
  return cerradoEl <= venceEl;
}
