// Instants in Colombian time to date the demo data; the periods themselves are the application's
// (src/lib/periodos.ts).

import { TZDate } from "@date-fns/tz";
import { sumarDias, ZONA_HORARIA } from "@/lib/fechas";
import type { Periodo } from "@/lib/periodos";

/** Instant of a Bogotá local date and time (month 1-12; the day may overflow the month). */
export function fechaBogota(anio: number, mes: number, dia: number, hora = 0, minuto = 0): Date {
  return new Date(new TZDate(anio, mes - 1, dia, hora, minuto, 0, ZONA_HORARIA).getTime());
}

/** Instant `dias` days after the last day of the period, at the given local time. */
export function despuesDelCierre(periodo: Periodo, dias: number, hora: number, minuto: number): Date {
  const [anio, mes, dia] = sumarDias(periodo.fin, dias).split("-").map(Number) as [number, number, number];
  return fechaBogota(anio, mes, dia, hora, minuto);
}

/** Calendar date (`@db.Date` column): midnight UTC of that day. */
export function fechaCalendario(anio: number, mes: number, dia: number): Date {
  return new Date(Date.UTC(anio, mes - 1, dia));
}

export function sumarHoras(fecha: Date, horas: number): Date {
  return new Date(fecha.getTime() + horas * 3_600_000);
}
