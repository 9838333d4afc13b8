import type { Periodicidad } from "@/generated/prisma/enums";
import type { FechaCalendario } from "@/lib/fechas";
import { periodosDeVigencia, type Periodo } from "@/lib/periodos";

const PERIODICIDADES: Periodicidad[] = ["TRIMESTRAL", "SEMESTRAL", "ANUAL"];

function todos(anio: number, periodicidades: readonly Periodicidad[]): Periodo[] {
  return periodicidades.flatMap((p) => periodosDeVigencia(anio, p));
}

/**
 * The periods whose reports count as expected: those already ended on `hoy` (a period still running
 * owes nothing yet), or exactly the one the user picked, ended or not.
 */
export function periodosEsperados(
  anio: number,
  periodoElegido: string | undefined,
  hoy: FechaCalendario,
): Periodo[] {
  return todos(anio, PERIODICIDADES).filter((p) =>
    periodoElegido === undefined ? p.fin < hoy : p.codigo === periodoElegido,
  );
}

/** The periods running on `hoy`, which the figures leave out unless picked explicitly. */
export function periodosEnCurso(
  anio: number,
  periodicidades: readonly Periodicidad[],
  hoy: FechaCalendario,
): Periodo[] {
  const presentes = PERIODICIDADES.filter((p) => periodicidades.includes(p));
  return todos(anio, presentes).filter((p) => p.inicio <= hoy && hoy <= p.fin);
}
