// Periodos de reporte y fechas en la hora de Colombia para los datos de demostración.

import { TZDate } from "@date-fns/tz";
import type { Periodicidad } from "@/generated/prisma/client";

export const ZONA_HORARIA = "America/Bogota";

export interface PeriodoSemilla {
  /** "2020-T1".."2020-T4", "2020-S1", "2020-S2" o "2020". */
  readonly codigo: string;
  readonly anio: number;
  /** Mes (1-12) y día del último día del periodo. */
  readonly mesFin: number;
  readonly diaFin: number;
}

function ultimoDiaDelMes(anio: number, mes: number): number {
  return new Date(Date.UTC(anio, mes, 0)).getUTCDate();
}

export function periodosDe(anio: number, periodicidad: Periodicidad): PeriodoSemilla[] {
  const mesesFin =
    periodicidad === "TRIMESTRAL" ? [3, 6, 9, 12] : periodicidad === "SEMESTRAL" ? [6, 12] : [12];
  return mesesFin.map((mesFin, i) => ({
    codigo:
      periodicidad === "TRIMESTRAL"
        ? `${anio}-T${i + 1}`
        : periodicidad === "SEMESTRAL"
          ? `${anio}-S${i + 1}`
          : String(anio),
    anio,
    mesFin,
    diaFin: ultimoDiaDelMes(anio, mesFin),
  }));
}

/** Instante de una fecha y hora locales de Bogotá (mes 1-12; el día puede desbordar el mes). */
export function fechaBogota(anio: number, mes: number, dia: number, hora = 0, minuto = 0): Date {
  return new Date(new TZDate(anio, mes - 1, dia, hora, minuto, 0, ZONA_HORARIA).getTime());
}

/** Instante `dias` días después del último día del periodo, a la hora local indicada. */
export function despuesDelCierre(periodo: PeriodoSemilla, dias: number, hora: number, minuto: number): Date {
  return fechaBogota(periodo.anio, periodo.mesFin, periodo.diaFin + dias, hora, minuto);
}

/** Fecha de calendario (columna `@db.Date`): medianoche UTC de ese día. */
export function fechaCalendario(anio: number, mes: number, dia: number): Date {
  return new Date(Date.UTC(anio, mes - 1, dia));
}

export function sumarHoras(fecha: Date, horas: number): Date {
  return new Date(fecha.getTime() + horas * 3_600_000);
}
