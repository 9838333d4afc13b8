import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { EventoAuditoria } from "@/server/auditoria";
import { ErrorDeNegocio } from "@/server/errores";
import { anioEnCurso } from "@/lib/fechas";
import { datosDeSeguimiento, datosDeSeguimientoNuevo, formaDeSeguimiento, leerPlan } from "../creacion";
import { bloquearVigencia, reportesBajo } from "../nodos";
import { ANIO_MINIMO, anioMaximo, mensajeNoEliminable } from "../reglas";
import { exigirCambiosPermitidos, exigirPlazosQueNoSeMueven } from "../restricciones";
import { describirCambios } from "./cambios";
import { rutaLegible, type PlanArchivo } from "./esquema";
import type { ProblemaDelPlan } from "./lectura";

// Applying a plan file to its vigencia in one transaction, under the editor's rules: creates the
// vigencia when it does not exist; otherwise temas are matched by code, lineamientos and acciones
// by their place, and seguimientos by their key, so that a seguimiento keeps its reports wherever
// the file puts it. A change the editor would refuse is refused here, with its path in the file.

type Tx = Prisma.TransactionClient;

/** A plan file that cannot be applied: every reason, with its path in the file. */
export class PlanNoAplicable extends ErrorDeNegocio {
  constructor(readonly problemas: ProblemaDelPlan[]) {
    super(
      `No se aplicó el plan: ${problemas.length === 1 ? "tiene un problema" : `tiene ${problemas.length} problemas`}. No se cambió nada.`,
      { archivo: problemas.map((p) => `${p.ruta}: ${p.mensaje}`) },
    );
    this.name = "PlanNoAplicable";
  }
}

/** A whole plan is hundreds of writes: more time than one form's transaction. */
export const TIEMPO_DEL_PLAN_MS = 60_000;

export interface ResultadoDelPlan {
  anio: number;
  vigenciaNueva: boolean;
  /** One line per change, as `describirCambios` says it; empty when the file changed nothing. */
  cambios: string[];
}

const INCLUIR_ARBOL = {
  lineamientos: {
    orderBy: { orden: "asc" },
    include: {
      acciones: {
        orderBy: { orden: "asc" },
        include: {
          seguimientos: { orderBy: { id: "asc" }, include: { responsables: { orderBy: { orden: "asc" } } } },
        },
      },
    },
  },
} as const;

type SeguimientoGuardado = Prisma.SeguimientoGetPayload<{ include: { responsables: true } }>;

function rutaDeSeguimiento(iT: number, iL: number, iA: number, iS: number) {
  return ["temas", iT, "lineamientos", iL, "acciones", iA, "seguimientos", iS];
}

/** Each refusal of the editor's checks on one seguimiento, as problems at its fields' paths. */
async function problemasDeUnCambio(
  revisar: () => Promise<void>,
  ruta: (string | number)[],
): Promise<ProblemaDelPlan[]> {
  try {
    await revisar();
    return [];
  } catch (error) {
    if (!(error instanceof ErrorDeNegocio)) throw error;
    const porCampo = Object.entries(error.fieldErrors ?? {});
    if (porCampo.length === 0) return [{ ruta: rutaLegible(ruta), mensaje: error.message }];
    return porCampo.flatMap(([campo, mensajes]) =>
      mensajes.map((mensaje) => ({ ruta: rutaLegible([...ruta, campo]), mensaje })),
    );
  }
}

/** The changes to seguimientos that keep their reports, and the seguimientos the file leaves out. */
async function problemasDelPlan(
  tx: Tx,
  vigenciaId: number,
  archivo: PlanArchivo,
  guardados: Map<string, SeguimientoGuardado>,
): Promise<ProblemaDelPlan[]> {
  const problemas: ProblemaDelPlan[] = [];
  const enElArchivo = new Set<string>();
  for (const [iT, tema] of archivo.temas.entries()) {
    for (const [iL, lineamiento] of tema.lineamientos.entries()) {
      for (const [iA, accion] of lineamiento.acciones.entries()) {
        for (const [iS, nuevo] of accion.seguimientos.entries()) {
          enElArchivo.add(nuevo.clave);
          const actual = guardados.get(nuevo.clave);
          if (!actual) continue;
          const forma = {
            ...formaDeSeguimiento(actual),
            id: actual.id,
            vigenciaId,
            tipoReporte: actual.tipoReporte,
          };
          problemas.push(
            ...(await problemasDeUnCambio(
              async () => {
                await exigirCambiosPermitidos(tx, forma, nuevo);
                await exigirPlazosQueNoSeMueven(tx, forma, nuevo);
              },
              rutaDeSeguimiento(iT, iL, iA, iS),
            )),
          );
        }
      }
    }
  }
  for (const [clave, s] of guardados) {
    if (enElArchivo.has(clave)) continue;
    const bajo = await reportesBajo(tx, { id: s.id });
    if (bajo.reportes > 0) {
      problemas.push({
        ruta: "temas",
        mensaje: `Falta el seguimiento «${clave}» (${s.nombre}). ${mensajeNoEliminable("este seguimiento", bajo, true)}`,
      });
    }
  }
  return problemas;
}

/** Frees the places of the temas' lineamientos and acciones, to renumber them in the file's order. */
async function liberarOrden(tx: Tx, temas: { id: number; lineamientos: { id: number }[] }[]) {
  const idsTemas = temas.map((t) => t.id);
  const idsLineamientos = temas.flatMap((t) => t.lineamientos.map((l) => l.id));
  await tx.$executeRaw`UPDATE "Lineamiento" SET orden = -orden WHERE "temaId" = ANY(${idsTemas}::int[])`;
  await tx.$executeRaw`UPDATE "Accion" SET orden = -orden WHERE "lineamientoId" = ANY(${idsLineamientos}::int[])`;
}

async function vigenciaDelArchivo(tx: Tx, archivo: PlanArchivo) {
  const existente = await tx.vigencia.findUnique({ where: { anio: archivo.vigencia } });
  if (existente) {
    await bloquearVigencia(tx, existente.id);
    return { vigencia: existente, nueva: false };
  }
  const maximo = anioMaximo(anioEnCurso());
  if (archivo.vigencia < ANIO_MINIMO || archivo.vigencia > maximo) {
    throw new PlanNoAplicable([
      { ruta: "vigencia", mensaje: `Una vigencia nueva debe estar entre ${ANIO_MINIMO} y ${maximo}.` },
    ]);
  }
  const vigencia = await tx.vigencia.create({ data: { anio: archivo.vigencia, nombre: archivo.nombre } });
  return { vigencia, nueva: true };
}

/**
 * Writes the file's plan into its vigencia and audits it as one event with the plan before and
 * after. Refuses, writing nothing, what the editor would refuse.
 */
export async function aplicarPlan(
  tx: Tx,
  archivo: PlanArchivo,
  auditar: (evento: EventoAuditoria) => Promise<void>,
): Promise<ResultadoDelPlan> {
  const { vigencia, nueva } = await vigenciaDelArchivo(tx, archivo);
  const antes = nueva ? null : { nombre: vigencia.nombre, plan: await leerPlan(tx, vigencia.id) };
  const temas = await tx.tema.findMany({ where: { vigenciaId: vigencia.id }, include: INCLUIR_ARBOL });
  const guardados = new Map(
    temas.flatMap((t) =>
      t.lineamientos.flatMap((l) =>
        l.acciones.flatMap((a) => a.seguimientos.map((s) => [s.clave, s] as const)),
      ),
    ),
  );
  const problemas = await problemasDelPlan(tx, vigencia.id, archivo, guardados);
  if (problemas.length > 0) throw new PlanNoAplicable(problemas);

  const cambios = describirCambios(antes, archivo);
  if (cambios.length === 0) return { anio: vigencia.anio, vigenciaNueva: nueva, cambios };

  if (!nueva && vigencia.nombre !== archivo.nombre) {
    await tx.vigencia.update({ where: { id: vigencia.id }, data: { nombre: archivo.nombre } });
  }
  const temasPorCodigo = new Map(temas.map((t) => [t.codigo, t]));
  await liberarOrden(tx, temas);
  const usados = { temas: new Set<number>(), lineamientos: new Set<number>(), acciones: new Set<number>() };
  const seguimientosEscritos = new Set<number>();

  for (const [iT, tema] of archivo.temas.entries()) {
    const previo = temasPorCodigo.get(tema.codigo);
    const temaId = previo
      ? (
          await tx.tema.update({
            where: { id: previo.id },
            data: { nombre: tema.nombre, orden: iT + 1, version: { increment: 1 } },
          })
        ).id
      : (
          await tx.tema.create({
            data: { vigenciaId: vigencia.id, codigo: tema.codigo, nombre: tema.nombre, orden: iT + 1 },
          })
        ).id;
    usados.temas.add(temaId);
    for (const [iL, lineamiento] of tema.lineamientos.entries()) {
      const l0 = previo?.lineamientos[iL];
      const lineamientoId = l0
        ? (
            await tx.lineamiento.update({
              where: { id: l0.id },
              data: { texto: lineamiento.texto, orden: iL + 1, version: { increment: 1 } },
            })
          ).id
        : (await tx.lineamiento.create({ data: { temaId, texto: lineamiento.texto, orden: iL + 1 } })).id;
      usados.lineamientos.add(lineamientoId);
      for (const [iA, accion] of lineamiento.acciones.entries()) {
        const a0 = l0?.acciones[iA];
        const datos = { texto: accion.texto, resultadoEsperado: accion.resultadoEsperado, orden: iA + 1 };
        const accionId = a0
          ? (await tx.accion.update({ where: { id: a0.id }, data: { ...datos, version: { increment: 1 } } }))
              .id
          : (await tx.accion.create({ data: { lineamientoId, ...datos } })).id;
        usados.acciones.add(accionId);
        for (const seguimiento of accion.seguimientos) {
          const guardado = guardados.get(seguimiento.clave);
          if (guardado) {
            const { responsables, ...datosSeg } = datosDeSeguimiento(vigencia.id, seguimiento);
            await tx.seguimiento.update({
              where: { id: guardado.id },
              data: { ...datosSeg, accionId, version: { increment: 1 } },
            });
            await tx.responsable.deleteMany({ where: { seguimientoId: guardado.id } });
            await tx.responsable.createMany({
              data: responsables.create.map((r) => ({ ...r, seguimientoId: guardado.id })),
            });
            seguimientosEscritos.add(guardado.id);
          } else {
            const { id } = await tx.seguimiento.create({
              data: { accionId, ...datosDeSeguimientoNuevo(vigencia.id, seguimiento) },
            });
            seguimientosEscritos.add(id);
          }
        }
      }
    }
  }
  await tx.seguimiento.deleteMany({
    where: { vigenciaId: vigencia.id, id: { notIn: [...seguimientosEscritos] } },
  });
  await tx.accion.deleteMany({
    where: { lineamiento: { tema: { vigenciaId: vigencia.id } }, id: { notIn: [...usados.acciones] } },
  });
  await tx.lineamiento.deleteMany({
    where: { tema: { vigenciaId: vigencia.id }, id: { notIn: [...usados.lineamientos] } },
  });
  await tx.tema.deleteMany({ where: { vigenciaId: vigencia.id, id: { notIn: [...usados.temas] } } });

  await auditar({
    accion: "IMPORTAR",
    entidad: "Vigencia",
    entidadId: vigencia.id,
    antes: antes && { anio: vigencia.anio, nombre: antes.nombre, temas: antes.plan },
    despues: {
      anio: archivo.vigencia,
      nombre: archivo.nombre,
      temas: await leerPlan(tx, vigencia.id),
      cambios,
    },
  });
  return { anio: vigencia.anio, vigenciaNueva: nueva, cambios };
}

/** A vigencia's whole plan in the file's shape, or null when the vigencia does not exist. */
export async function planComoArchivo(tx: Tx, anio: number): Promise<PlanArchivo | null> {
  const vigencia = await tx.vigencia.findUnique({ where: { anio } });
  if (!vigencia) return null;
  return { vigencia: vigencia.anio, nombre: vigencia.nombre, temas: [...(await leerPlan(tx, vigencia.id))] };
}
