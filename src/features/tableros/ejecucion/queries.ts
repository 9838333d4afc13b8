import "server-only";
import { enCache } from "../cache";
import { razon } from "@/lib/razones";
import { db } from "@/server/db";
import type { AmbitoTablero, TablaExportable } from "../tipos";
import { tablasDeEjecucion } from "./tablas";
import type { Prisma } from "@/generated/prisma/client";
import { deLaUnidad, pesosDeSuma } from "../sql";

/** Resources of a group of annual reports and the executed share of what was assigned. */
export interface CifraEjecucion {
  /** Centros whose report counts. */
  centros: number;
  /** Of them, the centros that registered the execution in the Plan de Acción module. */
  registrados: number;
  solicitados: bigint;
  asignados: bigint;
  ejecutados: bigint;
  /** Executed / assigned; null when nothing was assigned. */
  razon: number | null;
}

export interface DatosEjecucion {
  total: CifraEjecucion;
  regionales: (CifraEjecucion & { id: number; nombre: string })[];
  centros: (CifraEjecucion & { id: number; nombre: string; regionalId: number; regional: string })[];
}

interface FilaAgregada {
  conjunto: number;
  regionalId: number | null;
  regional: string | null;
  centroId: number | null;
  centro: string | null;
  centros: number;
  registrados: number;
  /** Numeric sums (../sql.ts). */
  solicitados: Prisma.Decimal;
  asignados: Prisma.Decimal;
  ejecutados: Prisma.Decimal;
}

// GROUPING(rg.id, c.id): a bit is set for each column the row is aggregated over.
const POR_CENTRO = 0b00;
const POR_REGIONAL = 0b01;
const TOTAL = 0b11;

/** Every level of the panel in one statement; ratios are sums over sums (weighted by assignment). */
function consultar(ambito: AmbitoTablero): Promise<FilaAgregada[]> {
  return db().$queryRaw<FilaAgregada[]>`
    SELECT GROUPING(rg.id, c.id)::int AS conjunto,
           rg.id AS "regionalId", rg.nombre AS regional, c.id AS "centroId", c.nombre AS centro,
           count(DISTINCT c.id)::int AS centros,
           count(DISTINCT c.id) FILTER (WHERE e."registradoModuloPlanAccion")::int AS registrados,
           coalesce(sum(e."recursosSolicitados"), 0) AS solicitados,
           coalesce(sum(e."recursosAsignados"), 0) AS asignados,
           coalesce(sum(e."recursosEjecutados"), 0) AS ejecutados
      FROM "Reporte" r
      JOIN "ReporteEjecucionRecursos" e ON e."reporteId" = r.id
      JOIN "Centro" c ON c.id = r."centroId"
      JOIN "Regional" rg ON rg.id = c."regionalId"
     WHERE r."vigenciaId" = ${ambito.vigencia.id}
       AND r.tipo = 'EJECUCION_RECURSOS'
       AND r.estado = ANY(${ambito.estados}::"EstadoReporte"[])
       ${deLaUnidad(ambito)}
     GROUP BY GROUPING SETS ((rg.id, rg.nombre, c.id, c.nombre), (rg.id, rg.nombre), ())
     ORDER BY rg.nombre, rg.id, c.nombre, c.id`;
}

function cifra(fila: FilaAgregada): CifraEjecucion {
  const asignados = pesosDeSuma(fila.asignados);
  const ejecutados = pesosDeSuma(fila.ejecutados);
  return {
    centros: fila.centros,
    registrados: fila.registrados,
    solicitados: pesosDeSuma(fila.solicitados),
    asignados,
    ejecutados,
    razon: razon(ejecutados, asignados),
  };
}

const SIN_DATOS: CifraEjecucion = {
  centros: 0,
  registrados: 0,
  solicitados: 0n,
  asignados: 0n,
  ejecutados: 0n,
  razon: null,
};

/**
 * Resource execution of the vigencia within the ambito. The report is annual, so a period filter
 * inside the vigencia does not narrow it.
 */
async function datosEjecucionSinCache(ambito: AmbitoTablero): Promise<DatosEjecucion> {
  const datos: DatosEjecucion = { total: SIN_DATOS, regionales: [], centros: [] };
  for (const fila of await consultar(ambito)) {
    if (fila.conjunto === TOTAL) datos.total = cifra(fila);
    if (fila.conjunto === POR_REGIONAL && fila.regionalId !== null) {
      datos.regionales.push({ id: fila.regionalId, nombre: fila.regional ?? "", ...cifra(fila) });
    }
    if (fila.conjunto === POR_CENTRO && fila.centroId !== null && fila.regionalId !== null) {
      datos.centros.push({
        id: fila.centroId,
        nombre: fila.centro ?? "",
        regionalId: fila.regionalId,
        regional: fila.regional ?? "",
        ...cifra(fila),
      });
    }
  }
  return datos;
}

/** `datosEjecucionSinCache`, kept per generation of the data (../cache.ts). */
export const datosEjecucion = enCache("ejecucion", datosEjecucionSinCache);

/** The panel's tables, as the page shows them and the export route serves them. */
export async function tablasEjecucion(ambito: AmbitoTablero): Promise<TablaExportable[]> {
  return tablasDeEjecucion(await datosEjecucion(ambito), ambito);
}
