import type { Periodicidad } from "@/generated/prisma/enums";
import { sumarDias, type FechaCalendario } from "./fechas";

export interface Periodo {
  /** "2020-M01".."2020-M12", "2020-B1".."B6", "2020-T1".."T4", "2020-C1".."C3", "2020-S1", "S2" or "2020". */
  codigo: string;
  anio: number;
  periodicidad: Periodicidad;
  numero: number;
  inicio: FechaCalendario;
  fin: FechaCalendario;
  etiqueta: string;
}

const MESES_POR_PERIODO: Record<Periodicidad, number> = {
  MENSUAL: 1,
  BIMESTRAL: 2,
  TRIMESTRAL: 3,
  CUATRIMESTRAL: 4,
  SEMESTRAL: 6,
  ANUAL: 12,
};
const LETRA: Record<Periodicidad, string> = {
  MENSUAL: "M",
  BIMESTRAL: "B",
  TRIMESTRAL: "T",
  CUATRIMESTRAL: "C",
  SEMESTRAL: "S",
  ANUAL: "",
};
const POR_LETRA = Object.fromEntries(
  Object.entries(LETRA).map(([periodicidad, letra]) => [letra, periodicidad as Periodicidad]),
);
const NOMBRE: Record<Periodicidad, string> = {
  MENSUAL: "Mes",
  BIMESTRAL: "Bimestre",
  TRIMESTRAL: "Trimestre",
  CUATRIMESTRAL: "Cuatrimestre",
  SEMESTRAL: "Semestre",
  ANUAL: "Año",
};
const MESES = [
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "octubre",
  "noviembre",
  "diciembre",
];

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
  const mensual = periodicidad === "MENSUAL";
  // Months carry two digits, so that codes sort in calendar order.
  const numeroEnCodigo = mensual ? dosDigitos(numero) : String(numero);
  return {
    codigo: anual ? String(anio) : `${anio}-${LETRA[periodicidad]}${numeroEnCodigo}`,
    anio,
    periodicidad,
    numero,
    inicio,
    fin: sumarDias(inicioSiguiente, -1),
    etiqueta: anual
      ? `Año ${anio}`
      : mensual
        ? `${MESES[numero - 1]![0]!.toUpperCase()}${MESES[numero - 1]!.slice(1)} de ${anio}`
        : `${NOMBRE[periodicidad]} ${numero} de ${anio}`,
  };
}

/** "semestre", "trimestre", "año": what one period of a periodicity is called in a sentence. */
export function nombreDelPeriodo(periodicidad: Periodicidad): string {
  return NOMBRE[periodicidad].toLowerCase();
}

/** Every period of a vigencia for the given periodicity, in order. */
export function periodosDeVigencia(anio: number, periodicidad: Periodicidad): Periodo[] {
  const cantidad = 12 / MESES_POR_PERIODO[periodicidad];
  return Array.from({ length: cantidad }, (_, i) => construirPeriodo(anio, periodicidad, i + 1));
}

/** A period code as it may appear in a URL: the year, or the year and a period of a periodicity. */
export const FORMA_DE_CODIGO = /^(\d{4})(?:-(M(?:0[1-9]|1[0-2])|[BTCS][1-6]))?$/;

/** Parses a period code; null when it is not a valid code. */
export function parsePeriodo(codigo: string): Periodo | null {
  const partes = FORMA_DE_CODIGO.exec(codigo);
  if (!partes) return null;
  const anio = Number(partes[1]);
  if (!partes[2]) return construirPeriodo(anio, "ANUAL", 1);
  const periodicidad = POR_LETRA[partes[2][0]!]!;
  const numero = Number(partes[2].slice(1));
  if (numero > 12 / MESES_POR_PERIODO[periodicidad]) return null;
  return construirPeriodo(anio, periodicidad, numero);
}

/** Last calendar day on which a report for the period is on time. */
export function fechaLimite(periodo: Periodo, diasOportunidad: number): FechaCalendario {
  return sumarDias(periodo.fin, diasOportunidad);
}
