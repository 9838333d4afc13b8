import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { comoColumnaDate } from "@/lib/fechas";

/**
 * The detail of one of the four 2020 kinds, in the columns of that kind's table. Only their reports
 * write these tables (decision 0028, transition); the database copies them into the declared values.
 */
export type DatosReporte =
  | {
      tipo: "RECAUDO";
      recaudoFiscalizacion: bigint | null;
      recaudoCobroPersuasivo: bigint | null;
      aportantesNuevos: number | null;
      smsEnviados: number | null;
      correosEnviados: number | null;
      analisis: string | null;
      regionales: {
        regionalId: number;
        recaudoFiscalizacion: bigint | null;
        recaudoCobroPersuasivo: bigint | null;
      }[];
    }
  | {
      tipo: "COMITE_PRECIOS";
      fechaActa: string | null;
      numeroActa: string | null;
      productosServiciosPreciados: number | null;
    }
  | {
      tipo: "TRAZABILIDAD_VENTAS";
      totalAprovechamientos: bigint | null;
      totalFacturadoDef: bigint | null;
      numeroDef: number | null;
      pagosRecibidos: bigint | null;
      justificacion: string | null;
    }
  | {
      tipo: "EJECUCION_RECURSOS";
      recursosSolicitados: bigint | null;
      recursosAsignados: bigint | null;
      recursosEjecutados: bigint | null;
      registradoModuloPlanAccion: boolean | null;
      justificacion: string | null;
    };

/** Writes the typed detail of the report's kind (insert or replace). */
export async function escribirDetalle(tx: Prisma.TransactionClient, reporteId: number, datos: DatosReporte) {
  switch (datos.tipo) {
    case "RECAUDO": {
      const { tipo: _t, regionales, ...campos } = datos;
      await tx.reporteRecaudo.upsert({
        where: { reporteId },
        create: { reporteId, ...campos },
        update: campos,
      });
      await tx.reporteRecaudoRegional.deleteMany({ where: { reporteId } });
      if (regionales.length > 0) {
        await tx.reporteRecaudoRegional.createMany({ data: regionales.map((r) => ({ reporteId, ...r })) });
      }
      return;
    }
    case "COMITE_PRECIOS": {
      const { tipo: _t, fechaActa, ...resto } = datos;
      const campos = { ...resto, fechaActa: fechaActa === null ? null : comoColumnaDate(fechaActa) };
      await tx.reporteComitePrecios.upsert({
        where: { reporteId },
        create: { reporteId, ...campos },
        update: campos,
      });
      return;
    }
    case "TRAZABILIDAD_VENTAS": {
      const { tipo: _t, ...campos } = datos;
      await tx.reporteTrazabilidadVentas.upsert({
        where: { reporteId },
        create: { reporteId, ...campos },
        update: campos,
      });
      return;
    }
    case "EJECUCION_RECURSOS": {
      const { tipo: _t, ...campos } = datos;
      await tx.reporteEjecucionRecursos.upsert({
        where: { reporteId },
        create: { reporteId, ...campos },
        update: campos,
      });
      return;
    }
  }
}
