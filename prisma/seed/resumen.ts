// Counts of what the database holds, for the command-line summary and the tests.

import type { PrismaClient } from "@/generated/prisma/client";

export interface ResumenSiembra {
  regionales: number;
  centros: number;
  centrosConAprovechamiento: number;
  usuarios: Record<string, number>;
  vigencias: number[];
  temas: number;
  lineamientos: number;
  acciones: number;
  seguimientos: number;
  responsables: number;
  metasRecaudo: number;
  /** type → state → count. */
  reportes: Record<string, Record<string, number>>;
  detalles: {
    recaudo: number;
    recaudoPorRegional: number;
    comitePrecios: number;
    trazabilidadVentas: number;
    ejecucionRecursos: number;
  };
}

export async function resumirBaseDeDatos(prisma: PrismaClient): Promise<ResumenSiembra> {
  const [
    regionales,
    centros,
    centrosConAprovechamiento,
    usuariosPorRol,
    vigencias,
    temas,
    lineamientos,
    acciones,
    seguimientos,
    responsables,
    metasRecaudo,
    reportesPorTipo,
    recaudo,
    recaudoPorRegional,
    comitePrecios,
    trazabilidadVentas,
    ejecucionRecursos,
  ] = await Promise.all([
    prisma.regional.count(),
    prisma.centro.count(),
    prisma.centro.count({ where: { generaAprovechamiento: true } }),
    prisma.user.groupBy({ by: ["rol"], _count: { _all: true }, orderBy: { rol: "asc" } }),
    prisma.vigencia.findMany({ select: { anio: true }, orderBy: { anio: "asc" } }),
    prisma.tema.count(),
    prisma.lineamiento.count(),
    prisma.accion.count(),
    prisma.seguimiento.count(),
    prisma.responsable.count(),
    prisma.metaRecaudo.count(),
    prisma.reporte.groupBy({
      by: ["tipo", "estado"],
      _count: { _all: true },
      orderBy: [{ tipo: "asc" }, { estado: "asc" }],
    }),
    prisma.reporteRecaudo.count(),
    prisma.reporteRecaudoRegional.count(),
    prisma.reporteComitePrecios.count(),
    prisma.reporteTrazabilidadVentas.count(),
    prisma.reporteEjecucionRecursos.count(),
  ]);

  const reportes: Record<string, Record<string, number>> = {};
  for (const fila of reportesPorTipo) {
    (reportes[fila.tipo] ??= {})[fila.estado] = fila._count._all;
  }
  return {
    regionales,
    centros,
    centrosConAprovechamiento,
    usuarios: Object.fromEntries(usuariosPorRol.map((f) => [f.rol, f._count._all])),
    vigencias: vigencias.map((v) => v.anio),
    temas,
    lineamientos,
    acciones,
    seguimientos,
    responsables,
    metasRecaudo,
    reportes,
    detalles: { recaudo, recaudoPorRegional, comitePrecios, trazabilidadVentas, ejecucionRecursos },
  };
}

/** The summary as text for the console. */
export function formatearResumen(r: ResumenSiembra): string {
  const lineas = [
    `Regionales: ${r.regionales}`,
    `Centros: ${r.centros} (${r.centrosConAprovechamiento} generan aprovechamiento)`,
    `Usuarios: ${
      Object.entries(r.usuarios)
        .map(([rol, n]) => `${rol} ${n}`)
        .join(", ") || "ninguno"
    }`,
    `Vigencias: ${r.vigencias.join(", ") || "ninguna"}`,
    `Plan: ${r.temas} temas, ${r.lineamientos} lineamientos, ${r.acciones} acciones, ${r.seguimientos} seguimientos, ${r.responsables} responsables`,
    `Metas de recaudo: ${r.metasRecaudo}`,
  ];
  const tipos = Object.entries(r.reportes);
  if (tipos.length === 0) {
    lineas.push("Reportes: ninguno");
  } else {
    lineas.push("Reportes:");
    for (const [tipo, estados] of tipos) {
      const total = Object.values(estados).reduce((a, b) => a + b, 0);
      const detalle = Object.entries(estados)
        .map(([e, n]) => `${e} ${n}`)
        .join(", ");
      lineas.push(`  ${tipo}: ${total} (${detalle})`);
    }
  }
  return lineas.join("\n");
}
