import "server-only";
import { enCache } from "../cache";
import { parsePeriodo, periodosDeVigencia, type Periodo } from "@/lib/periodos";
import { razon } from "@/lib/razones";
import { db } from "@/server/db";
import type { AmbitoTablero, TablaExportable } from "../tipos";
import { tablasDeDef } from "./tablas";
import type { Prisma } from "@/generated/prisma/client";
import { deLaUnidad, pesosDeSuma } from "../sql";

/** Sales and DEF-invoiced amounts of a group of reports, and their ratio (null without sales). */
export interface CifraDef {
  centros: number;
  ventas: bigint;
  def: bigint;
  razon: number | null;
}

export interface CentroDef extends CifraDef {
  id: number;
  nombre: string;
  regionalId: number;
  regional: string;
  /** By quarter code ("2020-T1"); a quarter without a counted report is absent. */
  porTrimestre: Record<string, CifraDef>;
}

export interface DatosDef {
  /** Quarters of the vigencia inside the period filter, in order. */
  trimestres: Periodo[];
  total: CifraDef;
  porTrimestre: Record<string, CifraDef>;
  regionales: (CifraDef & { id: number; nombre: string })[];
  centros: CentroDef[];
}

interface FilaAgregada {
  conjunto: number;
  regionalId: number | null;
  regional: string | null;
  centroId: number | null;
  centro: string | null;
  periodo: string | null;
  centros: number;
  /** Numeric sums (../sql.ts). */
  ventas: Prisma.Decimal;
  def: Prisma.Decimal;
}

// GROUPING(rg.id, c.id, r.periodo): a bit is set for each column the row is aggregated over.
const POR_CENTRO_Y_TRIMESTRE = 0b000;
const POR_CENTRO = 0b001;
const POR_REGIONAL = 0b011;
const POR_TRIMESTRE = 0b110;
const TOTAL = 0b111;

function trimestresDelAmbito(ambito: AmbitoTablero): Periodo[] {
  const trimestres = periodosDeVigencia(ambito.vigencia.anio, "TRIMESTRAL");
  const periodo = ambito.periodo ? parsePeriodo(ambito.periodo) : null;
  if (!periodo) return trimestres;
  return trimestres.filter((t) => t.inicio >= periodo.inicio && t.fin <= periodo.fin);
}

/**
 * Every level of the DEF panel in one statement: the sums are weighted by sales at every level
 * (sum of DEF / sum of sales), so a regional's ratio is not the average of its centros' ratios.
 */
function consultar(ambito: AmbitoTablero, trimestres: string[]): Promise<FilaAgregada[]> {
  return db().$queryRaw<FilaAgregada[]>`
    SELECT GROUPING(rg.id, c.id, r.periodo)::int AS conjunto,
           rg.id AS "regionalId", rg.nombre AS regional, c.id AS "centroId", c.nombre AS centro, r.periodo,
           count(DISTINCT c.id)::int AS centros,
           coalesce(sum(t."totalAprovechamientos"), 0) AS ventas,
           coalesce(sum(t."totalFacturadoDef"), 0) AS def
      FROM "Reporte" r
      JOIN "ReporteTrazabilidadVentas" t ON t."reporteId" = r.id
      JOIN "Centro" c ON c.id = r."centroId"
      JOIN "Regional" rg ON rg.id = c."regionalId"
     WHERE r."vigenciaId" = ${ambito.vigencia.id}
       AND r.tipo = 'TRAZABILIDAD_VENTAS'
       AND r.estado = ANY(${ambito.estados}::"EstadoReporte"[])
       AND r.periodo = ANY(${trimestres}::text[])
       ${deLaUnidad(ambito)}
     GROUP BY GROUPING SETS (
       (rg.id, rg.nombre, c.id, c.nombre, r.periodo),
       (rg.id, rg.nombre, c.id, c.nombre),
       (rg.id, rg.nombre),
       (r.periodo),
       ()
     )
     ORDER BY rg.nombre, rg.id, c.nombre, c.id, r.periodo`;
}

function cifra(fila: FilaAgregada): CifraDef {
  const ventas = pesosDeSuma(fila.ventas);
  const def = pesosDeSuma(fila.def);
  return { centros: fila.centros, ventas, def, razon: razon(def, ventas) };
}

const SIN_DATOS: CifraDef = { centros: 0, ventas: 0n, def: 0n, razon: null };

/** The DEF traceability of the vigencia within the ambito, at every level the panel shows. */
async function datosDefSinCache(ambito: AmbitoTablero): Promise<DatosDef> {
  const trimestres = trimestresDelAmbito(ambito);
  const filas = await consultar(
    ambito,
    trimestres.map((t) => t.codigo),
  );
  const trimestresDeCentro = new Map<number, Record<string, CifraDef>>();
  for (const fila of filas) {
    if (fila.conjunto !== POR_CENTRO_Y_TRIMESTRE || fila.centroId === null || !fila.periodo) continue;
    const porTrimestre = trimestresDeCentro.get(fila.centroId) ?? {};
    porTrimestre[fila.periodo] = cifra(fila);
    trimestresDeCentro.set(fila.centroId, porTrimestre);
  }
  const datos: DatosDef = { trimestres, total: SIN_DATOS, porTrimestre: {}, regionales: [], centros: [] };
  for (const fila of filas) {
    if (fila.conjunto === TOTAL) datos.total = cifra(fila);
    if (fila.conjunto === POR_TRIMESTRE && fila.periodo) datos.porTrimestre[fila.periodo] = cifra(fila);
    if (fila.conjunto === POR_REGIONAL && fila.regionalId !== null) {
      datos.regionales.push({ id: fila.regionalId, nombre: fila.regional ?? "", ...cifra(fila) });
    }
    if (fila.conjunto === POR_CENTRO && fila.centroId !== null && fila.regionalId !== null) {
      datos.centros.push({
        id: fila.centroId,
        nombre: fila.centro ?? "",
        regionalId: fila.regionalId,
        regional: fila.regional ?? "",
        porTrimestre: trimestresDeCentro.get(fila.centroId) ?? {},
        ...cifra(fila),
      });
    }
  }
  return datos;
}

/** `datosDefSinCache`, kept per generation of the data (../cache.ts). */
export const datosDef = enCache("def", datosDefSinCache);

/** The panel's tables, as the page shows them and the export route serves them. */
export async function tablasDef(ambito: AmbitoTablero): Promise<TablaExportable[]> {
  return tablasDeDef(await datosDef(ambito), ambito);
}
