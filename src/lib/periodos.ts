import type { Periodicidad } from "@/generated/prisma/enums";
import { sumarDias, type FechaCalendario } from "./fechas";

export interface Periodo {
  /** "2020-T1".."2020-T4", "2020-S1", "2020-S2" or "2020". */
  codigo: string;
  anio: number;
  periodicidad: Periodicidad;
  numero: number;
  inicio: FechaCalendario;
  fin: FechaCalendario;
  etiqueta: string;
}

const MESES_POR_PERIODO: Record<Periodicidad, number> = { TRIMESTRAL: 3, SEMESTRAL: 6, ANUAL: 12 };
const LETRA: Record<Periodicidad, string> = { TRIMESTRAL: "T", SEMESTRAL: "S", ANUAL: "" };
const NOMBRE: Record<Periodicidad, string> = {
  TRIMESTRAL: "Trimestre",
  SEMESTRAL: "Semestre",
  ANUAL: "Año",
};

function dosDigitos(n: number): string {
  return String(n).padStart(2, "0");
}

function construirPeriodo(anio: number, periodicidad: Periodicidad, numero: number): Periodo {
  const meses = MESES_POR_PERIODO[periodicidad];
  const mesInicio = (numero - 1) * meses + 1;
  const mesSiguiente = mesInicio + meses;
  const inicio = `${anio}-${dosDigitos(mesInicio)}-01`;
  const inicioSiguiente = mesSiguiente > 12 ? `${anio + 1}-01-01` : `${anio}-${dosDigitos(mesSiguiente)}-01`;
  const anual = periodicidad === "ANUAL";
  return {
    codigo: anual ? String(anio) : `${anio}-${LETRA[periodicidad]}${numero}`,
    anio,
    periodicidad,
    numero,
    inicio,
    fin: sumarDias(inicioSiguiente, -1),
    etiqueta: anual ? `Año ${anio}` : `${NOMBRE[periodicidad]} ${numero} de ${anio}`,
  };
}

/** Every period of a vigencia for the given periodicity, in order. */
export function periodosDeVigencia(anio: number, periodicidad: Periodicidad): Periodo[] {
  const cantidad = 12 / MESES_POR_PERIODO[periodicidad];
  return Array.from({ length: cantidad }, (_, i) => construirPeriodo(anio, periodicidad, i + 1));
}

const CODIGO = /^(\d{4})(?:-([TS])([1-4]))?$/;

/** Parses a period code; null when it is not a valid code. */
export function parsePeriodo(codigo: string): Periodo | null {
  const partes = CODIGO.exec(codigo);
  if (!partes) return null;
  const anio = Number(partes[1]);
  if (!partes[2]) return construirPeriodo(anio, "ANUAL", 1);
  const periodicidad: Periodicidad = partes[2] === "T" ? "TRIMESTRAL" : "SEMESTRAL";
  const numero = Number(partes[3]);
  if (periodicidad === "SEMESTRAL" && numero > 2) return null;
  return construirPeriodo(anio, periodicidad, numero);
}

/** Last calendar day on which a report for the period is on time. */
export function fechaLimite(periodo: Periodo, diasOportunidad: number): FechaCalendario {
  return sumarDias(periodo.fin, diasOportunidad);
}
