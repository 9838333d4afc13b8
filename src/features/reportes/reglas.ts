import { formatearCop } from "@/lib/dinero";

/**
 * The consistency rules between the figures of a report (decision 0018). One definition: the
 * schema applies them when a report is submitted (browser and server alike) and the form shows
 * them while the user types. A draft may break them; a submission may not.
 *
 * - BLOQUEA: the figures contradict each other by definition; the report is not submitted.
 * - JUSTIFICAR: the figures can be right (timing, budget changes); the report is submitted only
 *   with a written justification, which the reviewer sees.
 */
export type EfectoRegla = "BLOQUEA" | "JUSTIFICAR";

export interface Incumplimiento {
  regla: string;
  /** The field the message goes next to. */
  campo: string;
  efecto: EfectoRegla;
  mensaje: string;
}

type Cifras = Record<string, bigint | null | undefined>;

interface Regla {
  regla: string;
  /** May not exceed… */
  campo: string;
  /** …this one. */
  limite: string;
  efecto: EfectoRegla;
  mensaje: (exceso: string) => string;
}

export const REGLAS = {
  TRAZABILIDAD_VENTAS: [
    {
      regla: "DEF_SOBRE_APROVECHAMIENTOS",
      campo: "totalFacturadoDef",
      limite: "totalAprovechamientos",
      efecto: "BLOQUEA",
      mensaje: (exceso) =>
        `El total facturado con DEF supera el total de aprovechamientos en ${exceso}: lo facturado con ` +
        "documento equivalente es parte de las ventas del trimestre. Corrija una de las dos cifras.",
    },
    {
      regla: "PAGOS_SOBRE_DEF",
      campo: "pagosRecibidos",
      limite: "totalFacturadoDef",
      efecto: "JUSTIFICAR",
      mensaje: (exceso) =>
        `Los pagos recibidos superan lo facturado con DEF en ${exceso}. Si es correcto (por ejemplo, ` +
        "pagos de documentos de trimestres anteriores), explíquelo en la justificación.",
    },
  ],
  EJECUCION_RECURSOS: [
    {
      regla: "ASIGNADOS_SOBRE_SOLICITADOS",
      campo: "recursosAsignados",
      limite: "recursosSolicitados",
      efecto: "JUSTIFICAR",
      mensaje: (exceso) =>
        `Los recursos asignados superan los solicitados en ${exceso}. Si es correcto (por ejemplo, una ` +
        "adición presupuestal), explíquelo en la justificación.",
    },
    {
      regla: "EJECUTADOS_SOBRE_ASIGNADOS",
      campo: "recursosEjecutados",
      limite: "recursosAsignados",
      efecto: "BLOQUEA",
      mensaje: (exceso) =>
        `Los recursos ejecutados superan los asignados en ${exceso}: no se puede ejecutar más de lo ` +
        "asignado. Corrija una de las dos cifras.",
    },
  ],
} as const satisfies Record<string, readonly Regla[]>;

export type TipoConReglas = keyof typeof REGLAS;

export function tieneReglas(tipo: string): tipo is TipoConReglas {
  return tipo in REGLAS;
}

/** The rules the figures break; a rule whose two figures are not both typed is not judged. */
export function incumplimientos(tipo: string, cifras: Cifras): Incumplimiento[] {
  if (!tieneReglas(tipo)) return [];
  const rotas: Incumplimiento[] = [];
  for (const r of REGLAS[tipo] as readonly Regla[]) {
    const valor = cifras[r.campo];
    const limite = cifras[r.limite];
    if (valor === null || valor === undefined || limite === null || limite === undefined) continue;
    if (valor > limite) {
      rotas.push({
        regla: r.regla,
        campo: r.campo,
        efecto: r.efecto,
        mensaje: r.mensaje(formatearCop(valor - limite)),
      });
    }
  }
  return rotas;
}

export const JUSTIFICACION_MINIMA = 20;
export const JUSTIFICACION_MAXIMA = 2_000;

export const MENSAJE_FALTA_JUSTIFICACION =
  `Escriba la justificación de las cifras (al menos ${JUSTIFICACION_MINIMA} caracteres): ` +
  "quien revisa el reporte la leerá.";
