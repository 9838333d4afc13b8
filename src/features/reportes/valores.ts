import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TipoReporte } from "@/generated/prisma/enums";
import { comoColumnaDate, desdeColumnaDate } from "@/lib/fechas";
import type { Formulario } from "@/lib/seguimientos/declaracion";
import { camposConDatos, type DatosDelReporte, type Valor } from "@/lib/seguimientos/datos";
import { admiteJustificacion } from "@/lib/seguimientos/reglas";
import { escribirDetalle, type DatosReporte } from "./detalle";

// A report's declared values as stored (decision 0028): read for its form, its page, its PDF and
// its audit trail, and written on each save. The reports of the four 2020 kinds still write the
// tables of their kind, which database triggers copy into the values.

type Tx = Prisma.TransactionClient;

type FilaDeValor = {
  campo: string;
  tipo: string;
  entero: bigint | null;
  texto: string | null;
  fecha: Date | null;
  booleano: boolean | null;
};

/** The rows a report's values are read from, as `leerValores` and the report's page include them. */
export const SELECCION_DE_VALORES = {
  valores: { orderBy: { campo: "asc" } },
  valoresRegionales: { orderBy: [{ regionalId: "asc" }, { campo: "asc" }] },
} as const satisfies Prisma.ReporteSelect;

function valorDeFila(fila: FilaDeValor): Valor {
  switch (fila.tipo) {
    case "pesos":
      return fila.entero;
    case "cantidad":
    case "porcentaje":
      return fila.entero === null ? null : Number(fila.entero);
    case "fecha":
      return fila.fecha === null ? null : desdeColumnaDate(fila.fecha);
    case "siNo":
      return fila.booleano;
    default:
      return fila.texto;
  }
}

/** A report's stored rows as its data: values by field key, breakdown per regional, justification. */
export function datosDeFilas(filas: {
  justificacion: string | null;
  valores: FilaDeValor[];
  valoresRegionales: { regionalId: number; campo: string; monto: bigint }[];
}): DatosDelReporte {
  const regionales = new Map<number, Record<string, bigint | null>>();
  for (const fila of filas.valoresRegionales) {
    const valores = regionales.get(fila.regionalId) ?? {};
    valores[fila.campo] = fila.monto;
    regionales.set(fila.regionalId, valores);
  }
  return {
    valores: Object.fromEntries(filas.valores.map((f) => [f.campo, valorDeFila(f)])),
    regionales: [...regionales].map(([regionalId, valores]) => ({ regionalId, valores })),
    justificacion: filas.justificacion,
  };
}

/** What a report holds, read inside the transaction that changes it. */
export async function leerValores(tx: Tx, reporteId: number): Promise<DatosDelReporte> {
  return datosDeFilas(
    await tx.reporte.findUniqueOrThrow({
      where: { id: reporteId },
      select: { justificacion: true, ...SELECCION_DE_VALORES },
    }),
  );
}

/**
 * A report's data as the audit trail keeps it: every field by its key, the breakdown per regional
 * and the justification where the form declares them.
 */
export function datosAuditables(formulario: Formulario, datos: DatosDelReporte): Record<string, unknown> {
  const valores = Object.fromEntries(
    camposConDatos(formulario).map((c) => [c.clave, datos.valores[c.clave] ?? null]),
  );
  return {
    ...valores,
    ...(formulario.desglosePorRegional
      ? { regionales: datos.regionales.map((r) => ({ regionalId: r.regionalId, ...r.valores })) }
      : {}),
    ...(admiteJustificacion(formulario) ? { justificacion: datos.justificacion } : {}),
  };
}

function filaDeValor(formulario: Formulario, reporteId: number, campo: string, valor: Valor) {
  const tipo = camposConDatos(formulario).find((c) => c.clave === campo)!.tipo;
  return {
    reporteId,
    campo,
    tipo,
    entero:
      tipo === "pesos" || tipo === "cantidad" || tipo === "porcentaje"
        ? BigInt(valor as bigint | number)
        : null,
    texto: tipo === "texto" || tipo === "opcion" ? (valor as string) : null,
    fecha: tipo === "fecha" ? comoColumnaDate(valor as string) : null,
    booleano: tipo === "siNo" ? (valor as boolean) : null,
  };
}

/**
 * The data of one of the 2020 kinds in the shape of that kind's tables: its breakdown per regional
 * and its justification only where its form declares them (those tables have the columns).
 */
function comoDetalleDelTipo(tipo: TipoReporte, formulario: Formulario, datos: DatosDelReporte): DatosReporte {
  const regionales = datos.regionales.map((r) => ({ regionalId: r.regionalId, ...r.valores }));
  return {
    tipo,
    ...datos.valores,
    ...(formulario.desglosePorRegional ? { regionales } : {}),
    ...(admiteJustificacion(formulario) ? { justificacion: datos.justificacion } : {}),
  } as unknown as DatosReporte;
}

/**
 * Replaces what the report holds with `datos` (a field left empty loses its value). A report of
 * one of the 2020 kinds writes its kind's tables, and the database copies them into the values.
 */
export async function escribirValores(
  tx: Tx,
  reporte: { id: number; tipo: TipoReporte | null },
  formulario: Formulario,
  datos: DatosDelReporte,
): Promise<void> {
  if (reporte.tipo) {
    await escribirDetalle(tx, reporte.id, comoDetalleDelTipo(reporte.tipo, formulario, datos));
    return;
  }
  await tx.valorReporte.deleteMany({ where: { reporteId: reporte.id } });
  const escritos = Object.entries(datos.valores).filter(([, v]) => v !== null);
  if (escritos.length > 0) {
    await tx.valorReporte.createMany({
      data: escritos.map(([c, v]) => filaDeValor(formulario, reporte.id, c, v)),
    });
  }
  await tx.valorRegional.deleteMany({ where: { reporteId: reporte.id } });
  const montos = datos.regionales.flatMap((r) =>
    Object.entries(r.valores).flatMap(([campo, monto]) =>
      monto === null ? [] : [{ reporteId: reporte.id, regionalId: r.regionalId, campo, monto }],
    ),
  );
  if (montos.length > 0) await tx.valorRegional.createMany({ data: montos });
  await tx.reporte.update({ where: { id: reporte.id }, data: { justificacion: datos.justificacion } });
}
