import { TZDate } from "@date-fns/tz";
import { getISODay, getISOWeek, getISOWeekYear } from "date-fns";

/** Colombia has no daylight saving time, but every calendar date is still taken in its zone. */
export const ZONA_HORARIA = "America/Bogota";

/** A calendar date "YYYY-MM-DD" as lived in Bogotá. */
export type FechaCalendario = string;

const FECHA = /^(\d{4})-(\d{2})-(\d{2})$/;

function aTZDate(fecha: FechaCalendario): TZDate {
  const partes = FECHA.exec(fecha);
  if (!partes) throw new RangeError(`Fecha inválida: ${fecha}`);
  const [, anio, mes, dia] = partes.map(Number) as [number, number, number, number];
  return new TZDate(anio, mes - 1, dia, ZONA_HORARIA);
}

// "en-CA" writes dates as YYYY-MM-DD; one formatter, built once, is far cheaper than one per call.
const formatoIso = new Intl.DateTimeFormat("en-CA", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  timeZone: ZONA_HORARIA,
});

/** The calendar date in Bogotá at the given instant. */
export function fechaEnBogota(instante: Date): FechaCalendario {
  return formatoIso.format(instante);
}

/** The year in Bogotá at the given instant: the running vigencia's. */
export function anioEnCurso(instante: Date = new Date()): number {
  return Number(fechaEnBogota(instante).slice(0, 4));
}

/**
 * Day arithmetic on calendar dates needs no time zone: the date is placed at midnight UTC, where
 * every day has 24 hours, and read back. Much cheaper than a zoned date, and it runs per obligation.
 */
function diaUtc(fecha: FechaCalendario): number {
  const partes = FECHA.exec(fecha);
  if (!partes) throw new RangeError(`Fecha inválida: ${fecha}`);
  return Date.UTC(Number(partes[1]), Number(partes[2]) - 1, Number(partes[3]));
}

const DIA_MS = 86_400_000;

export function sumarDias(fecha: FechaCalendario, dias: number): FechaCalendario {
  return new Date(diaUtc(fecha) + dias * DIA_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `desde` to `hasta` (negative when `hasta` is earlier). */
export function diasEntre(desde: FechaCalendario, hasta: FechaCalendario): number {
  return Math.round((diaUtc(hasta) - diaUtc(desde)) / DIA_MS);
}

// A calendar date is written from its midnight UTC read in UTC: the same day, without building a
// zoned date per call (a dashboard writes hundreds of them per page).
const formatoFechaLarga = new Intl.DateTimeFormat("es-CO", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

const formatoFechaHora = new Intl.DateTimeFormat("es-CO", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: ZONA_HORARIA,
});

/** "15 ene 2021" for a calendar date. */
export function formatearFecha(fecha: FechaCalendario): string {
  return formatoFechaLarga.format(diaUtc(fecha));
}

/** Date and time of an instant, in Bogotá. */
export function formatearFechaHora(instante: Date): string {
  return formatoFechaHora.format(instante);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function diaIsoDeLaSemana(fecha: FechaCalendario): number {
  return getISODay(aTZDate(fecha));
}

/** ISO week of a calendar date, as "2026-W49". */
export function semanaIso(fecha: FechaCalendario): string {
  const dia = aTZDate(fecha);
  return `${getISOWeekYear(dia)}-W${String(getISOWeek(dia)).padStart(2, "0")}`;
}

/** A calendar date as a PostgreSQL `date` column holds it (midnight UTC for Prisma). */
export function comoColumnaDate(fecha: FechaCalendario): Date {
  return new Date(`${fecha}T00:00:00Z`);
}

/** The calendar date a PostgreSQL `date` column holds. */
export function desdeColumnaDate(valor: Date): FechaCalendario {
  return valor.toISOString().slice(0, 10);
}
