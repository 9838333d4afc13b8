// Instantes en la hora de Colombia para fechar los datos de demostración; los periodos mismos son
// los de la aplicación (src/lib/periodos.ts).

import { TZDate } from "@date-fns/tz";
import { sumarDias, ZONA_HORARIA } from "@/lib/fechas";
import type { Periodo } from "@/lib/periodos";

/** Instante de una fecha y hora locales de Bogotá (mes 1-12; el día puede desbordar el mes). */
export function fechaBogota(anio: number, mes: number, dia: number, hora = 0, minuto = 0): Date {
  return new Date(new TZDate(anio, mes - 1, dia, hora, minuto, 0, ZONA_HORARIA).getTime());
}

/** Instante `dias` días después del último día del periodo, a la hora local indicada. */
export function despuesDelCierre(periodo: Periodo, dias: number, hora: number, minuto: number): Date {
  const [anio, mes, dia] = sumarDias(periodo.fin, dias).split("-").map(Number) as [number, number, number];
  return fechaBogota(anio, mes, dia, hora, minuto);
}

/** Fecha de calendario (columna `@db.Date`): medianoche UTC de ese día. */
export function fechaCalendario(anio: number, mes: number, dia: number): Date {
  return new Date(Date.UTC(anio, mes - 1, dia));
}

export function sumarHoras(fecha: Date, horas: number): Date {
  return new Date(fecha.getTime() + horas * 3_600_000);
}
