import { TZDate } from "@date-fns/tz";
import { addDays, differenceInCalendarDays, format } from "date-fns";

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

/** The calendar date in Bogotá at the given instant. */
export function fechaEnBogota(instante: Date): FechaCalendario {
  return format(new TZDate(instante.getTime(), ZONA_HORARIA), "yyyy-MM-dd");
}

export function sumarDias(fecha: FechaCalendario, dias: number): FechaCalendario {
  return format(addDays(aTZDate(fecha), dias), "yyyy-MM-dd");
}

/** Whole calendar days from `desde` to `hasta` (negative when `hasta` is earlier). */
export function diasEntre(desde: FechaCalendario, hasta: FechaCalendario): number {
  return differenceInCalendarDays(aTZDate(hasta), aTZDate(desde));
}

const formatoFechaLarga = new Intl.DateTimeFormat("es-CO", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: ZONA_HORARIA,
});

const formatoFechaHora = new Intl.DateTimeFormat("es-CO", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: ZONA_HORARIA,
});

/** "15 ene 2021" for a calendar date. */
export function formatearFecha(fecha: FechaCalendario): string {
  return formatoFechaLarga.format(aTZDate(fecha));
}

/** Date and time of an instant, in Bogotá. */
export function formatearFechaHora(instante: Date): string {
  return formatoFechaHora.format(instante);
}
