import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import {
  centroParaEditar,
  centrosEnCsv,
  listarCentros,
  tablaDeCentros,
  listarRegionales,
  regionalParaEditar,
} from "@/features/centros/queries";
import {
  crearCentro,
  crearRegional,
  editarCentro,
  editarCentroEnVigencia,
  editarRegional,
  importarCentros,
  MENSAJE_CENTRO_DESACTUALIZADO,
  previsualizarImportacion,
} from "@/features/centros/operaciones";
import { MENSAJE_REGIONAL_DESACTUALIZADA } from "@/features/centros/operaciones-regionales";
import { MENSAJE_IMPORTACION_DESACTUALIZADA } from "@/features/centros/operaciones-importacion";
import { obligacionesDelCentro } from "@/features/obligaciones/queries";
import { consultarComite } from "@/features/tableros/comite/queries";
import { consultarCumplimiento } from "@/features/tableros/cumplimiento/queries";
import { datosDef } from "@/features/tableros/def/queries";
import { AccesoDenegado, type Actor } from "@/server/autorizacion";
import { ENTIDAD_IMPORTACION } from "@/features/centros/auditable";
import { MENSAJE_CONFLICTO } from "@/server/bloqueo";
import { db } from "@/server/db";
import { PLAN_2020 } from "../../prisma/seed/plan-2020";
import { sembrarVigencia } from "../../prisma/seed/plan";
import { createTestDatabase } from "../helpers/database";
import { crearEscenario, type Escenario } from "../helpers/escenario";

// Creates regionales and centros, which changes what other files count: this file has its own base.
const global = globalThis as unknown as { prisma?: PrismaClient };
let baseDeDatos: { url: string; drop(): Promise<void> };
let urlCompartida: string | undefined;
let e: Escenario;
let antioquia: { id: number; nombre: string };
let atlantico: { id: number; nombre: string };
/** A vigencia after the running one: today's marks of a centro reach it (decisión 0020). */
let siguiente: { id: number; anio: number };

async function soltarCliente() {
  await global.prisma?.$disconnect();
  global.prisma = undefined;
}

beforeAll(async () => {
  baseDeDatos = await createTestDatabase("plan_test_centros");
  urlCompartida = process.env.DATABASE_URL;
  await soltarCliente();
  process.env.DATABASE_URL = baseDeDatos.url;
  e = await crearEscenario("centros");
  antioquia = await db().regional.findUniqueOrThrow({ where: { codigo: "05" } });
  atlantico = await db().regional.findUniqueOrThrow({ where: { codigo: "08" } });
  await db().regional.create({ data: { codigo: "R-PERMISO", nombre: "Regional de permisos" } });
  const { vigenciaId } = await sembrarVigencia(db(), 2095, "Plan de Acción 2095", PLAN_2020);
  siguiente = { id: vigenciaId, anio: 2095 };
});

afterAll(async () => {
  await soltarCliente();
  process.env.DATABASE_URL = urlCompartida;
  await baseDeDatos?.drop();
});

const SIN_PERMISO = "No tiene permiso para realizar esta operación.";
const NO_ADMINISTRAN = ["coordinador", "consulta", "subdirectorA"] as const;
const HOY = "2020-10-20";

/** Everything an operation of this feature could write. */
async function foto() {
  const [centros, regionales, porVigencia, auditoria] = await Promise.all([
    db().centro.findMany({ orderBy: { id: "asc" } }),
    db().regional.findMany({ orderBy: { id: "asc" } }),
    db().centroVigencia.findMany({ orderBy: [{ centroId: "asc" }, { vigenciaId: "asc" }] }),
    db().auditLog.count(),
  ]);
  return { centros, regionales, porVigencia, auditoria };
}

let secuencia = 0;
function codigoNuevo(): string {
  secuencia += 1;
  return `T-${String(secuencia).padStart(4, "0")}`;
}

function datosDeCentro(cambios: Record<string, unknown> = {}) {
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

async function centroCreado(cambios: Record<string, unknown> = {}) {
  const resultado = await crearCentro(e.actores.admin, datosDeCentro(cambios));
  if (!resultado.ok) throw new Error(resultado.message);
  return resultado.data.id;
}

/** The edit form exactly as the edit page loads it for the admin. */
async function formulario(id: number) {
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

function csv(...filas: string[]): File {
  return new File(
    [["codigo;nombre;regional;genera_aprovechamiento;activo", ...filas].join("\r\n")],
    "centros.csv",
    {
      type: "text/csv",
    },
  );
}

async function vistaPrevia(archivo: File, actor: Actor = e.actores.admin) {
  const resultado = await previsualizarImportacion(actor, { archivo });
  if (!resultado.ok) throw new Error(resultado.message);
  return resultado.data;
}

async function debe(
  centroId: number,
  vigencia: { id: number; anio: number } = e.vigencia,
): Promise<string[]> {
  const { obligaciones } = await obligacionesDelCentro(e.actores.admin, centroId, vigencia, HOY);
  return obligaciones.map((o) => `${o.tipoReporte} ${o.periodo.codigo}`).sort();
}

/** Sets the centro's marks in a vigencia through the admin's form of that vigencia. */
async function enVigencia(
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

async function subdirector(nombre: string, centroId: number) {
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

describe("solo el administrador administra regionales y centros", () => {
  /** What the operation is, how to run it, and whether it writes (the preview only reads). */
  type Caso = [string, (actor: Actor) => Promise<{ ok: boolean; message?: string }>, boolean];
  const casos: Caso[] = [
    ["crear un centro", (actor) => crearCentro(actor, datosDeCentro()), true],
    [
      "editar un centro",
      async (actor) =>
        editarCentro(actor, { ...(await formulario(e.centroC.id)), nombre: "Centro renombrado" }),
      true,
    ],
    [
      "cambiar un centro en una vigencia",
      async (actor) => {
        const clave = { centroId: e.centroC.id, vigenciaId: e.vigencia.id };
        const fila = await db().centroVigencia.findUniqueOrThrow({ where: { centroId_vigenciaId: clave } });
        return editarCentroEnVigencia(actor, { ...fila, requiereRecursos: !fila.requiereRecursos });
      },
      true,
    ],
    [
      "crear una regional",
      (actor) => crearRegional(actor, { codigo: `R${secuencia++}`, nombre: `Regional ${secuencia}` }),
      true,
    ],
    [
      "editar una regional",
      async (actor) => {
        const r = await db().regional.findUniqueOrThrow({ where: { codigo: "R-PERMISO" } });
        return editarRegional(actor, {
          id: r.id,
          version: r.version,
          codigo: r.codigo,
          nombre: `Regional ${codigoNuevo()}`,
        });
      },
      true,
    ],
    [
      "revisar un archivo",
      (actor) => previsualizarImportacion(actor, { archivo: csv(`${codigoNuevo()};Nuevo;05;no;`) }),
      false,
    ],
    [
      "importar un archivo",
      async (actor) => {
        const archivo = csv(`${codigoNuevo()};Centro importado;05;no;`);
        return importarCentros(actor, { archivo, huella: (await vistaPrevia(archivo)).huella });
      },
      true,
    ],
  ];

  describe.each(NO_ADMINISTRAN)("%s", (quien) => {
    it.each(casos)("no puede %s: no cambia nada ni deja auditoría", async (_nombre, operar) => {
      const antes = await foto();
      const resultado = await operar(e.actores[quien]);
      expect(resultado).toMatchObject({ ok: false, message: SIN_PERMISO });
      expect(await foto()).toEqual(antes);
    });

    it("no puede leer la lista, un centro, las regionales ni descargar los centros", async () => {
      const actor = e.actores[quien];
      await expect(listarCentros(actor, {})).rejects.toBeInstanceOf(AccesoDenegado);
      await expect(centroParaEditar(actor, e.centroA.id)).rejects.toBeInstanceOf(AccesoDenegado);
      await expect(listarRegionales(actor)).rejects.toBeInstanceOf(AccesoDenegado);
      await expect(regionalParaEditar(actor, antioquia.id)).rejects.toBeInstanceOf(AccesoDenegado);
      await expect(centrosEnCsv(actor)).rejects.toBeInstanceOf(AccesoDenegado);
    });
  });

  it.each(casos)(
    "el administrador puede %s; lo que escribe queda auditado",
    async (_nombre, operar, escribe) => {
      const antes = await foto();
      const resultado = await operar(e.actores.admin);
      expect(resultado.ok).toBe(true);
      if (escribe) expect((await foto()).auditoria).toBe(antes.auditoria + 1);
      else expect(await foto()).toEqual(antes);
    },
  );
});

describe("un centro en cada vigencia (decisión 0020)", () => {
  it("cambiar una vigencia no toca las demás ni las marcas de hoy, y queda en el historial del centro", async () => {
    const id = await centroCreado({ generaAprovechamiento: true });
    const hoy = await db().centro.findUniqueOrThrow({ where: { id } });
    const enSiguiente = () =>
      db().centroVigencia.findUniqueOrThrow({
        where: { centroId_vigenciaId: { centroId: id, vigenciaId: siguiente.id } },
      });
    const antes = await enSiguiente();
    expect(await enVigencia(id, e.vigencia.id, { activo: false, generaAprovechamiento: false })).toEqual({
      version: 1,
      cambio: true,
    });
    expect(await enSiguiente()).toEqual(antes);
    expect(await db().centro.findUniqueOrThrow({ where: { id } })).toEqual(hoy);
    const c = await centroParaEditar(e.actores.admin, id);
    expect(c!.vigencias.find((v) => v.id === e.vigencia.id)).toEqual({
      id: e.vigencia.id,
      anio: 2020,
      version: 1,
      marcas: { activo: false, generaAprovechamiento: false, requiereRecursos: true },
    });
    expect(c!.historial[0]).toMatchObject({
      accion: "EDITAR_VIGENCIA",
      antes: null,
      despues: { vigencia: 2020, activo: false, generaAprovechamiento: false, requiereRecursos: true },
    });
  });

  it("con la versión vieja, o creando una fila que otro ya creó, se rechaza sin escribir nada", async () => {
    const id = await centroCreado();
    await enVigencia(id, e.vigencia.id, { activo: true });
    const antes = await foto();
    const base = {
      centroId: id,
      vigenciaId: e.vigencia.id,
      activo: false,
      generaAprovechamiento: false,
      requiereRecursos: true,
    };
    for (const version of [0, 2]) {
      expect(await editarCentroEnVigencia(e.actores.admin, { ...base, version })).toEqual({
        ok: false,
        message: MENSAJE_CONFLICTO,
      });
    }
    expect(await foto()).toEqual(antes);
  });

  it("cambiar las marcas de hoy las lleva a la vigencia en curso y las siguientes, no a las anteriores", async () => {
    const id = await centroCreado({ generaAprovechamiento: true });
    await enVigencia(id, e.vigencia.id, { generaAprovechamiento: true });
    const marcas = async () =>
      (await db().centroVigencia.findMany({ where: { centroId: id }, orderBy: { vigenciaId: "asc" } })).map(
        (f) => [f.vigenciaId, f.activo, f.generaAprovechamiento, f.requiereRecursos],
      );
    expect(await marcas()).toEqual([
      [e.vigencia.id, true, true, true],
      [siguiente.id, true, true, true],
    ]);
    const resultado = await editarCentro(e.actores.admin, {
      ...(await formulario(id)),
      requiereRecursos: false,
    });
    expect(resultado.ok).toBe(true);
    expect(await marcas()).toEqual([
      [e.vigencia.id, true, true, true],
      [siguiente.id, true, true, false],
    ]);
  });

  it("una vigencia nueva copia las marcas de hoy de cada centro", async () => {
    const id = await centroCreado({ generaAprovechamiento: true, requiereRecursos: false, activo: true });
    const { id: vigenciaId } = await db().vigencia.create({ data: { anio: 2096, nombre: "Plan 2096" } });
    expect(
      await db().centroVigencia.findUnique({ where: { centroId_vigenciaId: { centroId: id, vigenciaId } } }),
    ).toMatchObject({ activo: true, generaAprovechamiento: true, requiereRecursos: false });
    expect(await db().centroVigencia.count({ where: { vigenciaId } })).toBe(await db().centro.count());
  });
});

describe("la lista de centros", () => {
  it("agrupa por regional, muestra los subdirectores activos y cuántos reportes tiene cada centro", async () => {
    const lista = await listarCentros(e.actores.admin, { regional: antioquia.id });
    expect(lista.grupos.map((g) => g.regional.nombre)).toEqual(["Antioquia"]);
    const a = lista.grupos[0]!.centros.find((c) => c.id === e.centroA.id);
    expect(a).toMatchObject({ reportes: 1, subdirectores: [{ nombre: "subA" }] });
    expect(lista.registrados).toBe(await db().centro.count());
  });

  it("la descarga trae los centros de la lista, con su regional, sus subdirectores y sus reportes", async () => {
    const tabla = tablaDeCentros(await listarCentros(e.actores.admin, { regional: antioquia.id }));
    expect(tabla.filas.every((f) => f.regional === "Antioquia")).toBe(true);
    expect(tabla.filas.find((f) => f.codigo === e.centroA.codigo)).toEqual({
      regional: "Antioquia",
      codigo: e.centroA.codigo,
      nombre: e.centroA.nombre,
      aprovechamiento: "Sí",
      recursos: "Sí",
      activo: "Sí",
      subdirectores: "subA <suba.centros@pruebas.test>",
      reportes: 1,
    });
  });

  it("filtra por aprovechamiento, estado y texto sin tildes, y cuenta lo que muestra", async () => {
    const id = await centroCreado({ nombre: "Centro Agroindustrial del Urabá", generaAprovechamiento: true });
    const lista = await listarCentros(e.actores.admin, {
      q: "agroindustrial del uraba",
      aprovechamiento: "si",
    });
    expect(lista.grupos.flatMap((g) => g.centros.map((c) => c.id))).toEqual([id]);
    expect(lista.resumen).toEqual({ total: 1, activos: 1, conAprovechamiento: 1, sinSubdirector: 1 });
    expect(await listarCentros(e.actores.admin, { q: "uraba", estado: "inactivos" })).toMatchObject({
      grupos: [],
      resumen: { total: 0 },
    });
  });
});

describe("crear un centro", () => {
  it("guarda el código en mayúsculas y audita quién lo creó con sus datos", async () => {
    const codigo = `${codigoNuevo()}-x`.toLowerCase();
    const resultado = await crearCentro(
      e.actores.admin,
      datosDeCentro({ codigo: ` ${codigo} `, generaAprovechamiento: true }),
    );
    expect(resultado.ok).toBe(true);
    if (!resultado.ok) return;
    const centro = await db().centro.findUniqueOrThrow({ where: { id: resultado.data.id } });
    expect(centro).toMatchObject({ codigo: codigo.toUpperCase(), generaAprovechamiento: true, activo: true });
    const [evento] = await db().auditLog.findMany({
      where: { entidad: "Centro", entidadId: String(centro.id) },
    });
    expect(evento).toMatchObject({
      actorId: e.actores.admin.id,
      accion: "CREAR",
      antes: null,
      despues: {
        codigo: codigo.toUpperCase(),
        regional: "Antioquia",
        generaAprovechamiento: true,
        activo: true,
      },
    });
  });

  it("un código ya usado (aun con otras mayúsculas) se rechaza junto al campo y no crea nada", async () => {
    const antes = await foto();
    const resultado = await crearCentro(e.actores.admin, datosDeCentro({ codigo: "CENTROS-A" }));
    expect(resultado).toMatchObject({
      ok: false,
      fieldErrors: {
        codigo: [`El código CENTROS-A ya es del centro «${e.centroA.nombre}». Use otro código.`],
      },
    });
    expect(await foto()).toEqual(antes);
  });

  it.each([
    ["un código con espacios", { codigo: "91 01" }, "codigo"],
    ["sin nombre", { nombre: "  " }, "nombre"],
    ["sin regional", { regionalId: "" }, "regionalId"],
    ["una regional que no existe", { regionalId: 999_999 }, "regionalId"],
  ])("%s se rechaza sin cambiar nada", async (_caso, cambios, campo) => {
    const antes = await foto();
    const resultado = await crearCentro(e.actores.admin, datosDeCentro(cambios));
    expect(resultado.ok).toBe(false);
    expect(!resultado.ok && Object.keys(resultado.fieldErrors ?? {})).toEqual([campo]);
    expect(await foto()).toEqual(antes);
  });
});

describe("editar un centro", () => {
  it("guarda, devuelve la versión nueva y audita antes y después", async () => {
    const id = await centroCreado();
    const form = await formulario(id);
    const resultado = await editarCentro(e.actores.admin, {
      ...form,
      nombre: "Nombre corregido",
      regionalId: atlantico.id,
    });
    expect(resultado).toMatchObject({ ok: true, data: { cambio: true } });
    const centro = await db().centro.findUniqueOrThrow({ where: { id } });
    expect(resultado.ok && resultado.data.version).toBe(centro.version);
    expect(centro.version).toBe(form.version + 1);
    const evento = await db().auditLog.findFirstOrThrow({
      where: { entidad: "Centro", entidadId: String(id), accion: "EDITAR" },
    });
    expect(evento.antes).toMatchObject({ nombre: form.nombre, regional: "Antioquia" });
    expect(evento.despues).toMatchObject({ nombre: "Nombre corregido", regional: "Atlántico" });
  });

  it("guardar sin cambios no escribe nada", async () => {
    const id = await centroCreado();
    const antes = await foto();
    expect(await editarCentro(e.actores.admin, await formulario(id))).toMatchObject({
      ok: true,
      data: { cambio: false },
    });
    expect(await foto()).toEqual(antes);
  });

  it("con la versión vieja se rechaza con un mensaje claro y deja lo que guardó el otro", async () => {
    const id = await centroCreado();
    const delPrimero = await formulario(id);
    const delSegundo = await formulario(id);
    expect((await editarCentro(e.actores.admin, { ...delPrimero, nombre: "Lo guardó el primero" })).ok).toBe(
      true,
    );
    const antes = await foto();
    const resultado = await editarCentro(e.actores.admin, {
      ...delSegundo,
      nombre: "Lo quiso guardar el segundo",
    });
    expect(resultado).toEqual({ ok: false, message: MENSAJE_CENTRO_DESACTUALIZADO, fieldErrors: undefined });
    expect(await foto()).toEqual(antes);
    expect((await db().centro.findUniqueOrThrow({ where: { id } })).nombre).toBe("Lo guardó el primero");
  });

  it("dos guardados simultáneos con la misma versión: uno entra y el otro se rechaza", async () => {
    const id = await centroCreado();
    const form = await formulario(id);
    const resultados = await Promise.all([
      editarCentro(e.actores.admin, { ...form, nombre: "Primera pestaña" }),
      editarCentro(e.actores.admin, { ...form, nombre: "Segunda pestaña" }),
    ]);
    expect(resultados.filter((r) => r.ok)).toHaveLength(1);
    expect(resultados.find((r) => !r.ok)).toMatchObject({ message: MENSAJE_CENTRO_DESACTUALIZADO });
    expect(
      await db().auditLog.count({ where: { entidad: "Centro", entidadId: String(id), accion: "EDITAR" } }),
    ).toBe(1);
    expect((await db().centro.findUniqueOrThrow({ where: { id } })).version).toBe(form.version + 1);
  });

  it("el código de otro centro se rechaza junto al campo", async () => {
    const id = await centroCreado();
    const resultado = await editarCentro(e.actores.admin, { ...(await formulario(id)), codigo: "centros-b" });
    expect(resultado).toMatchObject({
      ok: false,
      fieldErrors: { codigo: [expect.stringContaining("CENTROS-B")] },
    });
  });

  it("un centro que no existe se rechaza sin escribir nada", async () => {
    const antes = await foto();
    const form = await formulario(e.centroC.id);
    expect(await editarCentro(e.actores.admin, { ...form, id: 999_999 })).toMatchObject({
      ok: false,
      message: "El centro no existe. Vuelva a la lista de centros.",
    });
    expect(await foto()).toEqual(antes);
  });
});

describe("desactivar un centro (docs/decisions/0009)", () => {
  it("con subdirectores activos se rechaza nombrándolos y no cambia nada", async () => {
    const id = await centroCreado();
    await subdirector("Marta Lucía Gómez", id);
    await subdirector("Pedro Nel Ruiz", id);
    const antes = await foto();
    const resultado = await editarCentro(e.actores.admin, { ...(await formulario(id)), activo: false });
    expect(resultado.ok).toBe(false);
    if (resultado.ok) return;
    expect(resultado.message).toBe(
      "No se puede desactivar: el centro tiene 2 subdirectores activos: Marta Lucía Gómez (marta.lucía.gómez@centros.test); " +
        "Pedro Nel Ruiz (pedro.nel.ruiz@centros.test). Asígnelos a otro centro o desactive sus cuentas en «Usuarios y roles» " +
        "y vuelva a intentarlo.",
    );
    expect(resultado.fieldErrors?.activo?.[0]).toContain("Marta Lucía Gómez");
    expect(await foto()).toEqual(antes);
  });

  it("sin subdirectores activos se desactiva (DESACTIVAR) y se reactiva (ACTIVAR), ambos auditados", async () => {
    const id = await centroCreado();
    const usuario = await subdirector("Sofía Inactiva", id);
    await db().user.update({ where: { id: usuario.id }, data: { activo: false } });
    const desactivado = await editarCentro(e.actores.admin, { ...(await formulario(id)), activo: false });
    expect(desactivado.ok).toBe(true);
    const reactivado = await editarCentro(e.actores.admin, { ...(await formulario(id)), activo: true });
    expect(reactivado.ok).toBe(true);
    const eventos = await db().auditLog.findMany({
      where: { entidad: "Centro", entidadId: String(id) },
      orderBy: { id: "asc" },
      select: { accion: true, antes: true, despues: true },
    });
    expect(eventos.map((ev) => ev.accion)).toEqual(["CREAR", "DESACTIVAR", "ACTIVAR"]);
    expect(eventos[1]).toMatchObject({ antes: { activo: true }, despues: { activo: false } });
  });
});

describe("lo que cambia en las obligaciones (a través de la consulta real)", () => {
  const delQueAprovecha = (anio: number) => [
    `COMITE_PRECIOS ${anio}`,
    `EJECUCION_RECURSOS ${anio}`,
    `TRAZABILIDAD_VENTAS ${anio}-T1`,
    `TRAZABILIDAD_VENTAS ${anio}-T2`,
    `TRAZABILIDAD_VENTAS ${anio}-T3`,
    `TRAZABILIDAD_VENTAS ${anio}-T4`,
  ];
  const DEL_QUE_APROVECHA = delQueAprovecha(2020);

  it("un centro nuevo debe desde la vigencia en curso; en una anterior, solo si se le agrega", async () => {
    const id = await centroCreado({ generaAprovechamiento: true });
    expect(await debe(id, siguiente)).toEqual(delQueAprovecha(siguiente.anio));
    expect(await debe(id)).toEqual([]);
    await enVigencia(id, e.vigencia.id, { generaAprovechamiento: true });
    expect(await debe(id)).toEqual(DEL_QUE_APROVECHA);
  });

  it("quitar y volver a poner «genera aprovechamiento» cambia lo que se le pide desde la vigencia en curso, no antes", async () => {
    const id = await centroCreado({ generaAprovechamiento: true });
    await enVigencia(id, e.vigencia.id, { generaAprovechamiento: true });
    expect(
      (await editarCentro(e.actores.admin, { ...(await formulario(id)), generaAprovechamiento: false })).ok,
    ).toBe(true);
    expect(await debe(id, siguiente)).toEqual([`EJECUCION_RECURSOS ${siguiente.anio}`]);
    expect(await debe(id)).toEqual(DEL_QUE_APROVECHA);
    expect(
      (await editarCentro(e.actores.admin, { ...(await formulario(id)), generaAprovechamiento: true })).ok,
    ).toBe(true);
    expect(await debe(id, siguiente)).toEqual(delQueAprovecha(siguiente.anio));

    // In 2020 itself, only its own marks change what it owed then.
    await enVigencia(id, e.vigencia.id, { generaAprovechamiento: false });
    expect(await debe(id)).toEqual(["EJECUCION_RECURSOS 2020"]);
    expect(await debe(id, siguiente)).toEqual(delQueAprovecha(siguiente.anio));
  });

  it("un centro que no requiere recursos de formación - producción no debe el reporte de ejecución", async () => {
    const id = await centroCreado({ generaAprovechamiento: true, requiereRecursos: false });
    expect(await debe(id, siguiente)).toEqual(
      delQueAprovecha(siguiente.anio).filter((o) => !o.startsWith("EJECUCION_RECURSOS")),
    );
    await enVigencia(id, e.vigencia.id, { generaAprovechamiento: true, requiereRecursos: true });
    expect(await debe(id)).toEqual(DEL_QUE_APROVECHA);
    await enVigencia(id, e.vigencia.id, { requiereRecursos: false });
    expect(await debe(id)).not.toContain("EJECUCION_RECURSOS 2020");
  });

  it("un centro inactivo no debe nada nuevo, pero conserva en su lista los reportes que ya presentó", async () => {
    const id = await centroCreado({ generaAprovechamiento: true });
    await enVigencia(id, e.vigencia.id, { generaAprovechamiento: true });
    const trazabilidad = await db().seguimiento.findFirstOrThrow({
      where: { vigenciaId: e.vigencia.id, tipoReporte: "TRAZABILIDAD_VENTAS" },
    });
    await db().reporte.create({
      data: {
        seguimientoId: trazabilidad.id,
        vigenciaId: e.vigencia.id,
        tipo: "TRAZABILIDAD_VENTAS",
        periodo: "2020-T1",
        centroId: id,
        ambito: String(id),
        estado: "APROBADO",
        creadoPorId: e.actores.admin.id,
      },
    });
    // Deactivated today: from the running vigencia on it owes nothing; 2020 stays as it was.
    expect((await editarCentro(e.actores.admin, { ...(await formulario(id)), activo: false })).ok).toBe(true);
    expect(await debe(id, siguiente)).toEqual([]);
    expect(await debe(id)).toEqual(DEL_QUE_APROVECHA);
    // Inactive in 2020: it keeps the report it filed then.
    await enVigencia(id, e.vigencia.id, { activo: false });
    const { obligaciones } = await obligacionesDelCentro(e.actores.admin, id, e.vigencia, HOY);
    expect(obligaciones.map((o) => `${o.tipoReporte} ${o.periodo.codigo} ${o.estado}`)).toEqual([
      "TRAZABILIDAD_VENTAS 2020-T1 APROBADO",
    ]);
    await enVigencia(id, e.vigencia.id, { activo: true });
    expect(await debe(id)).toEqual(DEL_QUE_APROVECHA);
  });

  it("los tableros dejan de contarlo como obligado al desactivarlo; la trazabilidad que ya presentó sigue sumando", async () => {
    const id = await centroCreado({ generaAprovechamiento: true, regionalId: atlantico.id });
    await enVigencia(id, e.vigencia.id, { generaAprovechamiento: true });
    const trazabilidad = await db().seguimiento.findFirstOrThrow({
      where: { vigenciaId: e.vigencia.id, tipoReporte: "TRAZABILIDAD_VENTAS" },
    });
    await db().reporte.create({
      data: {
        seguimientoId: trazabilidad.id,
        vigenciaId: e.vigencia.id,
        tipo: "TRAZABILIDAD_VENTAS",
        periodo: "2020-T1",
        centroId: id,
        ambito: String(id),
        estado: "APROBADO",
        primerEnvioEn: new Date("2020-04-10T15:00:00Z"),
        creadoPorId: e.actores.admin.id,
        trazabilidadVentas: {
          create: {
            totalAprovechamientos: 500_000n,
            totalFacturadoDef: 400_000n,
            numeroDef: 3,
            pagosRecibidos: 0n,
          },
        },
      },
    });
    const ambito = {
      vigencia: e.vigencia,
      centroId: id,
      regionalId: atlantico.id,
      estados: ["APROBADO" as const],
    };
    const antes = await consultarCumplimiento(ambito, { hoy: HOY });
    expect(antes.total).toMatchObject({ esperados: 3, recibidos: 1 });
    expect((await consultarComite(ambito)).centros.map((c) => c.centroId)).toEqual([id]);

    // Deactivating it today leaves 2020's dashboards as they were; deactivating it in 2020 does not.
    expect((await editarCentro(e.actores.admin, { ...(await formulario(id)), activo: false })).ok).toBe(true);
    expect((await consultarCumplimiento(ambito, { hoy: HOY })).total).toMatchObject({
      esperados: 3,
      recibidos: 1,
    });
    expect((await consultarComite(ambito)).centros.map((c) => c.centroId)).toEqual([id]);
    await enVigencia(id, e.vigencia.id, { activo: false });
    expect((await consultarCumplimiento(ambito, { hoy: HOY })).total).toMatchObject({ esperados: 0 });
    expect((await consultarComite(ambito)).centros).toEqual([]);
    expect((await datosDef(ambito)).total).toMatchObject({ centros: 1, ventas: 500_000n, def: 400_000n });
  });
});

describe("regionales", () => {
  it("lista las 33 del SENA con sus centros activos y los que generan aprovechamiento", async () => {
    const regional = await crearRegional(e.actores.admin, {
      codigo: "R-CONTEO",
      nombre: "Regional de conteo",
    });
    if (!regional.ok) throw new Error(regional.message);
    await centroCreado({ regionalId: regional.data.id, generaAprovechamiento: true });
    await centroCreado({ regionalId: regional.data.id });
    const inactivo = await centroCreado({ regionalId: regional.data.id, generaAprovechamiento: true });
    await editarCentro(e.actores.admin, { ...(await formulario(inactivo)), activo: false });
    const filas = await listarRegionales(e.actores.admin);
    expect(filas.length).toBeGreaterThanOrEqual(33);
    expect(filas.find((r) => r.id === regional.data.id)).toMatchObject({
      centros: 3,
      activos: 2,
      conAprovechamiento: 1,
    });
  });

  it("crear una regional audita su código y nombre", async () => {
    const resultado = await crearRegional(e.actores.admin, {
      codigo: " r-nueva ",
      nombre: " Regional   Nueva ",
    });
    expect(resultado).toMatchObject({ ok: true, data: { codigo: "R-NUEVA", nombre: "Regional Nueva" } });
    const evento = await db().auditLog.findFirstOrThrow({
      where: { entidad: "Regional", accion: "CREAR" },
      orderBy: { id: "desc" },
    });
    expect(evento).toMatchObject({
      actorId: e.actores.admin.id,
      despues: { codigo: "R-NUEVA", nombre: "Regional Nueva" },
    });
  });

  it.each([
    [
      "un código ya usado",
      { codigo: "05", nombre: "Otra" },
      { codigo: ["El código 05 ya es de la regional Antioquia."] },
    ],
    [
      "el mismo código sin el cero",
      { codigo: "5", nombre: "Otra" },
      { codigo: ["El código 05 ya es de la regional Antioquia."] },
    ],
    [
      "un nombre que solo cambia en tildes o mayúsculas",
      { codigo: "R-ATL", nombre: "ATLANTICO" },
      { nombre: ["Ya existe la regional Atlántico (código 08)."] },
    ],
  ])("%s se rechaza junto al campo sin crear nada", async (_caso, datos, fieldErrors) => {
    const antes = await foto();
    expect(await crearRegional(e.actores.admin, datos)).toMatchObject({ ok: false, fieldErrors });
    expect(await foto()).toEqual(antes);
  });

  it("editar exige la versión que cargó el formulario: con una versión vieja se rechaza y no cambia nada", async () => {
    const creada = await crearRegional(e.actores.admin, { codigo: "R-EDIT", nombre: "Regional a editar" });
    if (!creada.ok) throw new Error(creada.message);
    const original = { codigo: "R-EDIT", nombre: "Regional a editar" };
    const { id, version } = creada.data;
    expect(
      await editarRegional(e.actores.admin, { id, version, codigo: "R-EDIT", nombre: "Regional editada" }),
    ).toMatchObject({
      ok: true,
      data: { version: version + 1 },
    });
    const evento = await db().auditLog.findFirstOrThrow({
      where: { entidad: "Regional", entidadId: String(id), accion: "EDITAR" },
    });
    expect(evento).toMatchObject({
      antes: original,
      despues: { codigo: "R-EDIT", nombre: "Regional editada" },
    });

    const antes = await foto();
    const viejo = await editarRegional(e.actores.admin, {
      id,
      version,
      codigo: "R-OTRO",
      nombre: "Regional a editar",
    });
    expect(viejo).toMatchObject({ ok: false, message: MENSAJE_REGIONAL_DESACTUALIZADA });
    expect(await foto()).toEqual(antes);
  });

  it("dos guardados simultáneos con la misma versión cargada: uno entra y el otro se rechaza", async () => {
    const creada = await crearRegional(e.actores.admin, { codigo: "R-CONC", nombre: "Regional concurrente" });
    if (!creada.ok) throw new Error(creada.message);
    const { id, version } = creada.data;
    const resultados = await Promise.all(
      ["Primera", "Segunda"].map((n) =>
        editarRegional(e.actores.admin, { id, version, codigo: "R-CONC", nombre: `Regional ${n}` }),
      ),
    );
    expect(resultados.filter((r) => r.ok)).toHaveLength(1);
    expect(resultados.find((r) => !r.ok)).toMatchObject({ message: MENSAJE_REGIONAL_DESACTUALIZADA });
    const guardada = await db().regional.findUniqueOrThrow({ where: { id } });
    expect(resultados.find((r) => r.ok)).toMatchObject({ data: { nombre: guardada.nombre } });
    expect(guardada.version).toBe(version + 1);
    expect(
      await db().auditLog.count({ where: { entidad: "Regional", entidadId: String(id), accion: "EDITAR" } }),
    ).toBe(1);
  });

  it("el nombre de otra regional se rechaza al editar", async () => {
    const creada = await crearRegional(e.actores.admin, { codigo: "R-DUP", nombre: "Regional duplicable" });
    if (!creada.ok) throw new Error(creada.message);
    const resultado = await editarRegional(e.actores.admin, {
      id: creada.data.id,
      version: creada.data.version,
      codigo: "R-DUP",
      nombre: "antioquia",
    });
    expect(resultado).toMatchObject({
      ok: false,
      fieldErrors: { nombre: ["Ya existe la regional Antioquia (código 05)."] },
    });
  });
});

describe("importar centros desde un CSV", () => {
  it("la vista previa dice qué se crea, qué se actualiza y qué queda igual, sin escribir nada", async () => {
    const existente = await centroCreado({ nombre: "Centro Existente", generaAprovechamiento: true });
    const igual = await centroCreado({ nombre: "Centro Igual" });
    const [codigoExistente, codigoIgual] = await Promise.all(
      [existente, igual].map(async (id) => (await db().centro.findUniqueOrThrow({ where: { id } })).codigo),
    );
    const nuevo = codigoNuevo();
    const antes = await foto();
    const vista = await vistaPrevia(
      csv(
        `${nuevo};Centro Nuevo;atlantico;sí;`,
        `${codigoExistente};Centro Existente Renombrado;05;no;`,
        `${codigoIgual};Centro Igual;Antioquia;no;sí`,
      ),
    );
    expect(vista.conteo).toEqual({ CREAR: 1, ACTUALIZAR: 1, SIN_CAMBIOS: 1 });
    expect(vista.errores).toEqual([]);
    expect(vista.filas.map((f) => [f.codigo, f.accion])).toEqual([
      [nuevo, "CREAR"],
      [codigoExistente, "ACTUALIZAR"],
    ]);
    expect(vista.filas[1]!.cambios).toEqual([
      { campo: "nombre", antes: "Centro Existente", despues: "Centro Existente Renombrado" },
      { campo: "generaAprovechamiento", antes: "Sí", despues: "No" },
    ]);
    expect(await foto()).toEqual(antes);
  });

  it("con una sola fila con errores no se escribe nada, y la vista previa dice la línea", async () => {
    const archivo = csv(
      `${codigoNuevo()};Centro Bueno;05;sí;`,
      `${codigoNuevo()};Centro Malo;Regional Inventada;sí;`,
    );
    const vista = await vistaPrevia(archivo);
    expect(vista.errores).toEqual([
      {
        linea: 3,
        mensajes: [
          "Regional: «Regional Inventada» no es el código ni el nombre de ninguna regional registrada.",
        ],
      },
    ]);
    const antes = await foto();
    const resultado = await importarCentros(e.actores.admin, { archivo, huella: vista.huella });
    expect(resultado).toMatchObject({
      ok: false,
      message: "El archivo tiene 1 fila con errores: no se importó ningún centro.",
    });
    expect(await foto()).toEqual(antes);
  });

  it("al confirmar aplica todo en una transacción, lo audita y el historial de cada centro lo muestra", async () => {
    const existente = await centroCreado({ nombre: "Centro por Actualizar" });
    const { codigo } = await db().centro.findUniqueOrThrow({ where: { id: existente } });
    const [uno, dos] = [codigoNuevo(), codigoNuevo()];
    const archivo = csv(
      `${uno};Centro Uno Importado;05;sí;`,
      `${dos};Centro Dos Importado;Atlántico;no;no`,
      `${codigo};Centro Actualizado;08;sí;`,
    );
    const vista = await vistaPrevia(archivo);
    const ultimoEvento = (await db().auditLog.findFirst({ orderBy: { id: "desc" } }))?.id ?? 0n;
    const resultado = await importarCentros(e.actores.admin, { archivo, huella: vista.huella });
    expect(resultado).toEqual({ ok: true, data: { CREAR: 2, ACTUALIZAR: 1, SIN_CAMBIOS: 0 } });

    const centros = await db().centro.findMany({
      where: { codigo: { in: [uno, dos, codigo] } },
      orderBy: { codigo: "asc" },
      select: {
        id: true,
        codigo: true,
        nombre: true,
        regionalId: true,
        generaAprovechamiento: true,
        activo: true,
      },
    });
    expect(centros.map(({ id: _id, ...c }) => c)).toEqual(
      [
        {
          codigo: uno,
          nombre: "Centro Uno Importado",
          regionalId: antioquia.id,
          generaAprovechamiento: true,
          activo: true,
        },
        {
          codigo: dos,
          nombre: "Centro Dos Importado",
          regionalId: atlantico.id,
          generaAprovechamiento: false,
          activo: false,
        },
        {
          codigo,
          nombre: "Centro Actualizado",
          regionalId: atlantico.id,
          generaAprovechamiento: true,
          activo: true,
        },
      ].sort((a, b) => a.codigo.localeCompare(b.codigo)),
    );

    // One event per centro created or changed, on the centro itself, in the same request.
    const eventos = await db().auditLog.findMany({
      where: { id: { gt: ultimoEvento }, accion: "IMPORTAR" },
      orderBy: { id: "asc" },
    });
    expect(eventos).toHaveLength(3);
    expect(new Set(eventos.map((ev) => ev.requestId)).size).toBe(1);
    expect(eventos.filter((ev) => ev.antes === null).map((ev) => ev.entidad)).toEqual(["Centro", "Centro"]);
    expect(eventos.find((ev) => ev.entidadId === String(existente))).toMatchObject({
      actorId: e.actores.admin.id,
      entidad: "Centro",
      antes: { nombre: "Centro por Actualizar", regional: "Antioquia" },
      despues: { nombre: "Centro Actualizado", regional: "Atlántico" },
    });
    const historial = (await centroParaEditar(e.actores.admin, existente))!.historial;
    expect(historial[0]).toMatchObject({
      accion: "IMPORTAR",
      antes: { nombre: "Centro por Actualizar" },
      despues: { nombre: "Centro Actualizado", regional: "Atlántico" },
    });
  });

  it("el historial sigue leyendo las importaciones de antes, un evento con todos los centros", async () => {
    const id = await centroCreado({ nombre: "Centro de Antes" });
    await db().auditLog.create({
      data: {
        actorId: e.actores.admin.id,
        accion: "IMPORTAR",
        entidad: ENTIDAD_IMPORTACION,
        entidadId: "a".repeat(64),
        antes: { centros: { [id]: { nombre: "Centro de Antes", regional: "Antioquia" } } },
        despues: {
          archivo: "viejo.csv",
          centros: { [id]: { nombre: "Centro Renombrado", regional: "Antioquia" } },
        },
      },
    });
    expect((await centroParaEditar(e.actores.admin, id))!.historial[0]).toMatchObject({
      accion: "IMPORTAR",
      antes: { nombre: "Centro de Antes" },
      despues: { nombre: "Centro Renombrado" },
    });
  });

  it("si alguien cambia un centro del archivo entre la vista previa y la confirmación, no se importa nada", async () => {
    const id = await centroCreado({ nombre: "Centro Disputado" });
    const { codigo } = await db().centro.findUniqueOrThrow({ where: { id } });
    const archivo = csv(
      `${codigo};Centro Disputado Importado;05;no;`,
      `${codigoNuevo()};Centro Acompañante;05;no;`,
    );
    const vista = await vistaPrevia(archivo);
    expect(
      (await editarCentro(e.actores.admin, { ...(await formulario(id)), nombre: "Lo cambió otra persona" }))
        .ok,
    ).toBe(true);
    const antes = await foto();
    expect(await importarCentros(e.actores.admin, { archivo, huella: vista.huella })).toMatchObject({
      ok: false,
      message: MENSAJE_IMPORTACION_DESACTUALIZADA,
    });
    expect(await foto()).toEqual(antes);
  });

  it("importar mueve la versión: un formulario abierto antes de la importación se rechaza", async () => {
    const id = await centroCreado({ nombre: "Centro Abierto" });
    const form = await formulario(id);
    const archivo = csv(`${form.codigo};Centro Abierto Importado;05;no;`);
    expect(
      (await importarCentros(e.actores.admin, { archivo, huella: (await vistaPrevia(archivo)).huella })).ok,
    ).toBe(true);
    expect(await db().centro.findUniqueOrThrow({ where: { id } })).toMatchObject({
      nombre: "Centro Abierto Importado",
      version: form.version + 1,
    });
    const antes = await foto();
    const resultado = await editarCentro(e.actores.admin, { ...form, nombre: "Lo escribió el formulario" });
    expect(resultado).toEqual({ ok: false, message: MENSAJE_CENTRO_DESACTUALIZADO, fieldErrors: undefined });
    expect(await foto()).toEqual(antes);
  });

  it("no desactiva desde el archivo un centro con subdirectores activos", async () => {
    const id = await centroCreado();
    await subdirector("Lina Importada", id);
    const { codigo } = await db().centro.findUniqueOrThrow({ where: { id } });
    const archivo = csv(`${codigo};Centro de pruebas;05;no;no`);
    const vista = await vistaPrevia(archivo);
    expect(vista.errores).toEqual([
      { linea: 2, mensajes: [expect.stringContaining("Lina Importada (lina.importada@centros.test)")] },
    ]);
    const antes = await foto();
    expect((await importarCentros(e.actores.admin, { archivo, huella: vista.huella })).ok).toBe(false);
    expect(await foto()).toEqual(antes);
  });

  it("desactivar y quitar el aprovechamiento desde el archivo cambia quién debe reportar desde la vigencia en curso", async () => {
    const aprovecha = await centroCreado({ generaAprovechamiento: true });
    const cierra = await centroCreado({ generaAprovechamiento: true });
    for (const id of [aprovecha, cierra])
      await enVigencia(id, e.vigencia.id, { generaAprovechamiento: true });
    const [a, b] = await Promise.all(
      [aprovecha, cierra].map(async (id) => (await db().centro.findUniqueOrThrow({ where: { id } })).codigo),
    );
    const archivo = csv(`${a};Centro A;05;no;`, `${b};Centro B;05;sí;no`);
    expect(
      (await importarCentros(e.actores.admin, { archivo, huella: (await vistaPrevia(archivo)).huella })).ok,
    ).toBe(true);
    expect(await debe(aprovecha, siguiente)).toEqual([`EJECUCION_RECURSOS ${siguiente.anio}`]);
    expect(await debe(cierra, siguiente)).toEqual([]);
    expect(await debe(aprovecha)).toEqual(await debe(cierra));
    expect(await debe(cierra)).toHaveLength(6);
  });

  it("un archivo que no está en UTF-8 se rechaza junto al campo del archivo", async () => {
    const latin1 = new File(
      [new Uint8Array([...new TextEncoder().encode("codigo;nombre\n1;Bogot"), 0xe1])],
      "c.csv",
    );
    const resultado = await previsualizarImportacion(e.actores.admin, { archivo: latin1 });
    expect(resultado).toMatchObject({
      ok: false,
      fieldErrors: { archivo: [expect.stringContaining("UTF-8")] },
    });
  });

  it("importa 5.000 filas nuevas y luego las actualiza todas, dentro del tiempo de una transacción", async () => {
    const prefijo = "MASIVO";
    const filas = (nombre: string) =>
      Array.from(
        { length: 5000 },
        (_, i) => `${prefijo}-${i};${nombre} ${i};${i % 2 ? "05" : "Atlántico"};no;`,
      );
    const nuevos = csv(...filas("Centro masivo"));
    expect(
      await importarCentros(e.actores.admin, { archivo: nuevos, huella: (await vistaPrevia(nuevos)).huella }),
    ).toEqual({
      ok: true,
      data: { CREAR: 5000, ACTUALIZAR: 0, SIN_CAMBIOS: 0 },
    });
    const cambiados = csv(...filas("Centro masivo renombrado"));
    expect(
      await importarCentros(e.actores.admin, {
        archivo: cambiados,
        huella: (await vistaPrevia(cambiados)).huella,
      }),
    ).toEqual({ ok: true, data: { CREAR: 0, ACTUALIZAR: 5000, SIN_CAMBIOS: 0 } });
    expect(await db().centro.count({ where: { nombre: { startsWith: "Centro masivo renombrado" } } })).toBe(
      5000,
    );
    await db().centro.deleteMany({ where: { codigo: { startsWith: `${prefijo}-` } } });
  }, 120_000);

  it("los centros actuales se descargan en el formato de la importación y vuelven a entrar sin cambios", async () => {
    const texto = await centrosEnCsv(e.actores.admin);
    expect(
      texto.startsWith("\uFEFFcodigo;nombre;regional;genera_aprovechamiento;activo;requiere_recursos\r\n"),
    ).toBe(true);
    const vista = await vistaPrevia(new File([texto], "centros.csv"));
    expect(vista.errores).toEqual([]);
    expect(vista.conteo.CREAR).toBe(0);
    // Only the scenario's lower-case codes change: the import keeps codes in capitals.
    const soloMayusculas = vista.filas.every((f) =>
      f.cambios.every((c) => c.campo === "codigo" && c.antes.toUpperCase() === c.despues),
    );
    expect(soloMayusculas).toBe(true);
    expect(vista.conteo.SIN_CAMBIOS + vista.conteo.ACTUALIZAR).toBe(await db().centro.count());
  });
});
