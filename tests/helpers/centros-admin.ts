// The world of the centros-*.test.ts files (the administration of regionales and centros): each file
// gets a database of its own, since creating regionales and centros changes what other files count.
import {
  crearCentro,
  editarCentroEnVigencia,
  previsualizarImportacion,
} from "@/features/centros/operaciones";
import { centroParaEditar } from "@/features/centros/queries";
import { obligacionesDelCentro } from "@/features/obligaciones/queries";
import type { Actor } from "@/server/autorizacion";
import { db } from "@/server/db";
import { sembrarVigencia } from "../../prisma/seed/plan";
import { PLAN_2020 } from "../../prisma/seed/plan-2020";
import { usarBasePropia } from "./base-propia";
import { crearEscenario, type Escenario } from "./escenario";
import { tipoDe } from "./escenario";

export const HOY = "2020-10-20";

// Set by prepararCentros in each file's beforeAll; the tests read them as they run.
export let e: Escenario;
export let antioquia: { id: number; nombre: string };
export let atlantico: { id: number; nombre: string };
/** A vigencia after the running one: today's marks of a centro reach it (decisión 0020). */
export let siguiente: { id: number; anio: number };

let cerrarBase: (() => Promise<void>) | undefined;

/** For `beforeAll`: the file's own database with the scenario, a spare regional and vigencia 2095. */
export async function prepararCentros(): Promise<void> {
  cerrarBase = await usarBasePropia("plan_test_centros");
  e = await crearEscenario("centros");
  antioquia = await db().regional.findUniqueOrThrow({ where: { codigo: "05" } });
  atlantico = await db().regional.findUniqueOrThrow({ where: { codigo: "08" } });
  await db().regional.create({ data: { codigo: "R-PERMISO", nombre: "Regional de permisos" } });
  const { vigenciaId } = await sembrarVigencia(db(), 2095, "Plan de Acción 2095", PLAN_2020);
  siguiente = { id: vigenciaId, anio: 2095 };
}

/** For `afterAll`: back to the shared database, dropping the file's own. */
export async function cerrarCentros(): Promise<void> {
  await cerrarBase?.();
}

/** Everything an operation of this feature could write. */
export async function foto() {
  const [centros, regionales, porVigencia, auditoria] = await Promise.all([
    db().centro.findMany({ orderBy: { id: "asc" } }),
    db().regional.findMany({ orderBy: { id: "asc" } }),
    db().centroVigencia.findMany({ orderBy: [{ centroId: "asc" }, { vigenciaId: "asc" }] }),
    db().auditLog.count(),
  ]);
  return { centros, regionales, porVigencia, auditoria };
}

let secuencia = 0;
export function codigoNuevo(): string {
  secuencia += 1;
  return `T-${String(secuencia).padStart(4, "0")}`;
}

export function datosDeCentro(cambios: Record<string, unknown> = {}) {
  return {
    codigo: codigoNuevo(),
    nombre: `Centro de pruebas ${secuencia}`,
    regionalId: antioquia.id,
    generaAprovechamiento: false,
    requiereRecursos: true,
    activo: true,
    ...cambios,
  };
}

export async function centroCreado(cambios: Record<string, unknown> = {}) {
  const resultado = await crearCentro(e.actores.admin, datosDeCentro(cambios));
  if (!resultado.ok) throw new Error(resultado.message);
  return resultado.data.id;
}

/** The edit form exactly as the edit page loads it for the admin. */
export async function formulario(id: number) {
  const c = await centroParaEditar(e.actores.admin, id);
  if (!c) throw new Error(`No existe el centro ${id}`);
  return {
    id,
    version: c.version,
    codigo: c.codigo,
    nombre: c.nombre,
    regionalId: c.regionalId,
    generaAprovechamiento: c.generaAprovechamiento,
    requiereRecursos: c.requiereRecursos,
    activo: c.activo,
  };
}

export function csv(...filas: string[]): File {
  return new File(
    [["codigo;nombre;regional;genera_aprovechamiento;activo", ...filas].join("\r\n")],
    "centros.csv",
    {
      type: "text/csv",
    },
  );
}

export async function vistaPrevia(archivo: File, actor: Actor = e.actores.admin) {
  const resultado = await previsualizarImportacion(actor, { archivo });
  if (!resultado.ok) throw new Error(resultado.message);
  return resultado.data;
}

export async function debe(
  centroId: number,
  vigencia: { id: number; anio: number } = e.vigencia,
): Promise<string[]> {
  const { obligaciones } = await obligacionesDelCentro(e.actores.admin, centroId, vigencia, HOY);
  return obligaciones.map((o) => `${tipoDe(o)} ${o.periodo.codigo}`).sort();
}

/** Sets the centro's marks in a vigencia through the admin's form of that vigencia. */
export async function enVigencia(
  centroId: number,
  vigenciaId: number,
  marcas: Partial<Record<"activo" | "generaAprovechamiento" | "requiereRecursos", boolean>>,
) {
  const fila = await db().centroVigencia.findUnique({
    where: { centroId_vigenciaId: { centroId, vigenciaId } },
  });
  const resultado = await editarCentroEnVigencia(e.actores.admin, {
    centroId,
    vigenciaId,
    version: fila?.version ?? 0,
    activo: fila?.activo ?? true,
    generaAprovechamiento: fila?.generaAprovechamiento ?? false,
    requiereRecursos: fila?.requiereRecursos ?? true,
    ...marcas,
  });
  if (!resultado.ok) throw new Error(resultado.message);
  return resultado.data;
}

export async function subdirector(nombre: string, centroId: number) {
  return db().user.create({
    data: {
      email: `${nombre.toLowerCase().replace(/\s+/g, ".")}@centros.test`,
      nombre,
      rol: "SUBDIRECTOR",
      centroId,
      passwordHash: "no-usada",
    },
  });
}
