import "server-only";
import { NOMBRE_ALCANCE, NOMBRE_HERRAMIENTA, NOMBRE_PERIODICIDAD } from "@/lib/etiquetas";
import type { TablaExportable } from "@/features/tableros/tipos";
import { autorizar, type Actor } from "@/server/autorizacion";
import { db } from "@/server/db";
import { INCLUIR_TEMA } from "./creacion";
import { columna } from "@/features/tableros/columnas";

/** The whole plan of a vigencia, in the document's order. */
export function planDeVigencia(vigenciaId: number) {
  return db().tema.findMany({ where: { vigenciaId }, orderBy: { orden: "asc" }, include: INCLUIR_TEMA });
}

export type PlanDeVigencia = Awaited<ReturnType<typeof planDeVigencia>>;

/** Every vigencia with what it holds, for the administration of vigencias; admins only. */
export async function vigenciasParaAdministrar(actor: Actor) {
  autorizar(actor, { accion: "administrar" });
  const [vigencias, presentados] = await Promise.all([
    db().vigencia.findMany({
      orderBy: { anio: "desc" },
      select: {
        id: true,
        anio: true,
        nombre: true,
        _count: { select: { temas: true, seguimientos: true, reportes: true, metas: true } },
      },
    }),
    db().reporte.groupBy({
      by: ["vigenciaId"],
      where: { primerEnvioEn: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const presentadosDe = new Map(presentados.map((g) => [g.vigenciaId, g._count._all]));
  return vigencias.map(({ _count, ...v }) => ({
    ...v,
    temas: _count.temas,
    seguimientos: _count.seguimientos,
    reportes: _count.reportes,
    reportesPresentados: presentadosDe.get(v.id) ?? 0,
    metas: _count.metas,
  }));
}

export type VigenciaAdministrable = Awaited<ReturnType<typeof vigenciasParaAdministrar>>[number];

/** The plan of the vigencia `anio` with versions and report counts, for its editor; admins only. */
export async function planParaEditar(actor: Actor, anio: number) {
  autorizar(actor, { accion: "administrar" });
  if (!Number.isSafeInteger(anio)) return null;
  return db().vigencia.findUnique({
    where: { anio },
    select: {
      id: true,
      anio: true,
      nombre: true,
      temas: {
        orderBy: { orden: "asc" },
        include: {
          lineamientos: {
            orderBy: { orden: "asc" },
            include: {
              acciones: {
                orderBy: { orden: "asc" },
                include: {
                  seguimientos: {
                    orderBy: { id: "asc" },
                    include: {
                      responsables: { orderBy: { orden: "asc" } },
                      _count: { select: { reportes: true } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  });
}

export type PlanEditable = NonNullable<Awaited<ReturnType<typeof planParaEditar>>>;
export type TemaEditable = PlanEditable["temas"][number];
export type LineamientoEditable = TemaEditable["lineamientos"][number];
export type AccionEditable = LineamientoEditable["acciones"][number];
export type SeguimientoEditable = AccionEditable["seguimientos"][number];

/** The plan of a vigencia as a table to download: one row per seguimiento, with its whole path. */
export function tablaDelPlan(anio: number, temas: PlanDeVigencia): TablaExportable {
  return {
    nombre: "plan-de-accion",
    titulo: `Plan de Acción ${anio}`,
    columnas: [
      columna("codigo", "Código"),
      columna("tema", "Tema"),
      columna("lineamiento", "Lineamiento"),
      columna("accion", "Acción"),
      columna("resultadoEsperado", "Resultado esperado"),
      columna("herramienta", "Herramienta"),
      columna("periodicidad", "Periodicidad"),
      columna("alcance", "Alcance"),
      columna("seguimiento", "Seguimiento"),
      columna("diasOportunidad", "Días para ser oportuno", "entero"),
      columna("observacion", "Observación"),
      columna("responsables", "Responsables"),
    ],
    filas: temas.flatMap((t) =>
      t.lineamientos.flatMap((l) =>
        l.acciones.flatMap((a) =>
          a.seguimientos.map((s) => ({
            codigo: t.codigo,
            tema: t.nombre,
            lineamiento: l.texto,
            accion: a.texto,
            resultadoEsperado: a.resultadoEsperado,
            herramienta: NOMBRE_HERRAMIENTA[s.herramienta],
            periodicidad: NOMBRE_PERIODICIDAD[s.periodicidad],
            alcance: NOMBRE_ALCANCE[s.alcance],
            seguimiento: s.nombre,
            diasOportunidad: s.diasOportunidad,
            observacion: s.observacion,
            responsables: s.responsables.map((r) => r.cargo).join("; "),
          })),
        ),
      ),
    ),
  };
}
