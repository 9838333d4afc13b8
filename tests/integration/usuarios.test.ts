import pg from "pg";
import writeXlsxFile from "write-excel-file/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Rol } from "@/generated/prisma/enums";
import {
  confirmarImportacion,
  MENSAJE_IMPORTACION_DESACTUALIZADA,
  previsualizarImportacion,
} from "@/features/usuarios/importacion/operaciones";
import {
  crearUsuario,
  editarUsuario,
  MENSAJE_CORREO_EXISTE,
  MENSAJE_CUENTA_DESACTUALIZADA,
  MENSAJE_PROPIA_CLAVE,
  MENSAJE_PROPIA_CUENTA,
  MENSAJE_PROPIO_ROL,
  MENSAJE_ULTIMO_ADMINISTRADOR,
} from "@/features/usuarios/operaciones";
import {
  historialDeUsuario,
  listarUsuarios,
  tablaDeUsuarios,
  usuarioParaEditar,
} from "@/features/usuarios/queries";
import { restablecerClave } from "@/features/usuarios/operaciones";
import {
  filtrosUsuariosSchema,
  MENSAJE_CENTRO_OBLIGATORIO,
  MENSAJE_CENTRO_SOBRA,
} from "@/features/usuarios/schemas";
import type { Operacion, ResultadoAccion } from "@/server/operacion";
import { AccesoDenegado, type Actor } from "@/server/autorizacion";
import { db } from "@/server/db";
import { verificarClave } from "@/server/claves";
import { crearEscenario, type Escenario } from "../helpers/escenario";

const SIN_PERMISO = "No tiene permiso para realizar esta operación.";
const DOMINIO = "usuarios-it.test";

let e: Escenario;
let secuencia = 0;

beforeAll(async () => {
  e = await crearEscenario("usuarios");
});

function correoNuevo(prefijo = "cuenta"): string {
  secuencia += 1;
  return `${prefijo}.${secuencia}@${DOMINIO}`;
}

/** An account made directly in the database, to be edited by the tests. */
async function nuevaCuenta(datos: { rol?: Rol; centroId?: number | null; activo?: boolean } = {}) {
  const rol = datos.rol ?? "CONSULTA";
  return db().user.create({
    data: {
      email: correoNuevo(rol.toLowerCase()),
      nombre: `Cuenta ${secuencia}`,
      rol,
      centroId: datos.centroId ?? null,
      activo: datos.activo ?? true,
      passwordHash: "no-usada",
    },
  });
}

/** The edit form exactly as the page loads it. */
async function formulario(usuarioId: number) {
  const cuenta = (await usuarioParaEditar(e.actores.admin, usuarioId))!;
  return {
    usuarioId,
    version: cuenta.version,
    nombre: cuenta.nombre,
    rol: cuenta.rol as string,
    centroId: cuenta.centroId === null ? "" : String(cuenta.centroId),
    activo: cuenta.activo,
  };
}

/** Every account and every audit row: "nothing changed" means this is identical afterwards. */
async function estado() {
  const [usuarios, auditoria] = await Promise.all([
    db().user.findMany({ orderBy: { id: "asc" } }),
    db().auditLog.count(),
  ]);
  return { usuarios, auditoria };
}

function eventosDe(usuarioId: number) {
  return db().auditLog.findMany({
    where: { entidad: "User", entidadId: String(usuarioId) },
    orderBy: { id: "asc" },
  });
}

function sinSecretos(eventos: { antes: unknown; despues: unknown }[], ...secretos: string[]) {
  const texto = JSON.stringify(eventos.map((x) => [x.antes, x.despues]));
  expect(texto).not.toMatch(/password|hash|argon2|clave_?temporal/i);
  for (const secreto of secretos) expect(texto).not.toContain(secreto);
}

function csv(...filas: string[]): File {
  return new File([["correo;nombre;rol;centro;activo", ...filas].join("\n") + "\n"], "usuarios.csv");
}

async function vistaPrevia(archivo: File) {
  const resultado = await previsualizarImportacion(e.actores.admin, { archivo });
  if (!resultado.ok) throw new Error(resultado.message);
  return resultado.data;
}

type Caso = () => Promise<{ operacion: Operacion<unknown>; input: unknown }>;

const OPERACIONES: Record<string, Caso> = {
  crearUsuario: async () => ({
    operacion: crearUsuario,
    input: { email: correoNuevo(), nombre: "Nueva", rol: "CONSULTA", centroId: "" },
  }),
  editarUsuario: async () => {
    const cuenta = await nuevaCuenta();
    return { operacion: editarUsuario, input: { ...(await formulario(cuenta.id)), nombre: "Otro nombre" } };
  },
  restablecerClave: async () => ({
    operacion: restablecerClave,
    input: { usuarioId: (await nuevaCuenta()).id },
  }),
  previsualizarImportacion: async () => ({
    operacion: previsualizarImportacion,
    input: { archivo: csv(`${correoNuevo()};Importada;CONSULTA;;`) },
  }),
  confirmarImportacion: async () => {
    const archivo = csv(`${correoNuevo()};Importada;CONSULTA;;`);
    return {
      operacion: confirmarImportacion,
      input: { archivo, huella: (await vistaPrevia(archivo)).huella },
    };
  },
};

const ROLES = [
  ["admin", true],
  ["coordinador", false],
  ["consulta", false],
  ["subdirectorA", false],
] as const;

describe("solo un administrador administra cuentas", () => {
  const casos = Object.keys(OPERACIONES).flatMap((nombre) =>
    ROLES.map(([quien, ok]) => [nombre, quien, ok] as const),
  );

  it.each(casos)("%s por %s: permitido=%s", async (nombre, quien, permitido) => {
    const { operacion, input } = await OPERACIONES[nombre]!();
    const antes = await estado();
    const resultado = await operacion(e.actores[quien], input);
    expect(resultado.ok).toBe(permitido);
    if (permitido) return;
    expect(resultado).toEqual({ ok: false, message: SIN_PERMISO });
    expect(await estado()).toEqual(antes);
  });

  it("las lecturas de administración también se niegan a los demás roles", async () => {
    const filtros = filtrosUsuariosSchema.parse({});
    for (const quien of ["coordinador", "consulta", "subdirectorA"] as const) {
      await expect(listarUsuarios(e.actores[quien], filtros)).rejects.toBeInstanceOf(AccesoDenegado);
      await expect(tablaDeUsuarios(e.actores[quien], filtros)).rejects.toBeInstanceOf(AccesoDenegado);
      await expect(historialDeUsuario(e.actores[quien], e.actores.admin.id)).rejects.toBeInstanceOf(
        AccesoDenegado,
      );
    }
  });
});

describe("crear una cuenta", () => {
  it("un subdirector queda ligado a su centro, con una contraseña temporal que debe cambiar", async () => {
    const email = correoNuevo("Sub.Nuevo").toUpperCase();
    const resultado = await crearUsuario(e.actores.admin, {
      email: `  ${email} `,
      nombre: "Subdirector Nuevo",
      rol: "SUBDIRECTOR",
      centroId: String(e.centroA.id),
    });
    expect(resultado.ok).toBe(true);
    if (!resultado.ok) return;
    const { usuarioId, claveTemporal } = resultado.data;
    const cuenta = await db().user.findUniqueOrThrow({ where: { id: usuarioId } });
    expect(cuenta).toMatchObject({
      email: email.toLowerCase(),
      rol: "SUBDIRECTOR",
      centroId: e.centroA.id,
      activo: true,
      debeCambiarClave: true,
    });
    expect(await verificarClave(cuenta.passwordHash, claveTemporal)).toBe(true);
    const eventos = await eventosDe(usuarioId);
    expect(eventos).toMatchObject([
      {
        accion: "CREAR",
        actorId: e.actores.admin.id,
        antes: null,
        despues: { rol: "SUBDIRECTOR", centroId: e.centroA.id },
      },
    ]);
    sinSecretos(eventos, claveTemporal, cuenta.passwordHash);
  });

  it("un correo que ya existe (escrito de otra forma) se rechaza junto al campo", async () => {
    const existente = await nuevaCuenta();
    const antes = await estado();
    const resultado = await crearUsuario(e.actores.admin, {
      email: ` ${existente.email.toUpperCase()}`,
      nombre: "Repetida",
      rol: "CONSULTA",
      centroId: "",
    });
    expect(resultado).toEqual({
      ok: false,
      message: MENSAJE_CORREO_EXISTE,
      fieldErrors: { email: [MENSAJE_CORREO_EXISTE] },
    });
    expect(await estado()).toEqual(antes);
  });

  it.each([
    ["un subdirector sin centro", { rol: "SUBDIRECTOR", centroId: "" }, MENSAJE_CENTRO_OBLIGATORIO],
    ["un coordinador con centro", { rol: "COORDINADOR", centroId: "centroA" }, MENSAJE_CENTRO_SOBRA],
    [
      "un centro que no existe",
      { rol: "SUBDIRECTOR", centroId: "999999" },
      "El centro elegido ya no existe: recargue la página y elija otro.",
    ],
    [
      "un centro inactivo",
      { rol: "SUBDIRECTOR", centroId: "inactivo" },
      "está inactivo: elija un centro activo.",
    ],
    ["un rol que no existe", { rol: "DIRECTOR", centroId: "" }, "Elija el rol de la cuenta."],
  ])("%s se rechaza y no cambia nada", async (_caso, datos, mensaje) => {
    const inactivo = await db().centro.create({
      data: {
        codigo: `usuarios-inactivo-${correoNuevo()}`,
        nombre: "Centro cerrado",
        regionalId: e.centroA.regionalId,
        activo: false,
      },
    });
    const centroId =
      { centroA: String(e.centroA.id), inactivo: String(inactivo.id) }[datos.centroId] ?? datos.centroId;
    const antes = await estado();
    const resultado = await crearUsuario(e.actores.admin, {
      email: correoNuevo(),
      nombre: "X",
      rol: datos.rol,
      centroId,
    });
    expect(resultado.ok).toBe(false);
    if (resultado.ok) return;
    const campo = datos.rol === "DIRECTOR" ? "rol" : "centroId";
    expect(resultado.fieldErrors?.[campo]?.[0]).toContain(mensaje);
    expect(await estado()).toEqual(antes);
  });
});

describe("editar una cuenta", () => {
  it("cambia nombre, rol y centro, y audita antes y después", async () => {
    const cuenta = await nuevaCuenta({ rol: "CONSULTA" });
    const resultado = await editarUsuario(e.actores.admin, {
      ...(await formulario(cuenta.id)),
      nombre: "Ahora Subdirectora",
      rol: "SUBDIRECTOR",
      centroId: String(e.centroB.id),
    });
    expect(resultado).toMatchObject({ ok: true, data: { cambio: true } });
    expect(await db().user.findUniqueOrThrow({ where: { id: cuenta.id } })).toMatchObject({
      nombre: "Ahora Subdirectora",
      rol: "SUBDIRECTOR",
      centroId: e.centroB.id,
    });
    expect(await eventosDe(cuenta.id)).toMatchObject([
      {
        accion: "EDITAR",
        antes: { nombre: cuenta.nombre, rol: "CONSULTA", centroId: null },
        despues: { nombre: "Ahora Subdirectora", rol: "SUBDIRECTOR", centroId: e.centroB.id },
      },
    ]);
  });

  it("desactivar y volver a activar son eventos propios", async () => {
    const cuenta = await nuevaCuenta();
    await editarUsuario(e.actores.admin, {
      ...(await formulario(cuenta.id)),
      activo: false,
      nombre: "Renombrada",
    });
    await editarUsuario(e.actores.admin, { ...(await formulario(cuenta.id)), activo: true });
    const eventos = await eventosDe(cuenta.id);
    expect(eventos.map((x) => [x.accion, x.antes, x.despues])).toEqual([
      [
        "EDITAR",
        { email: cuenta.email, nombre: cuenta.nombre, rol: "CONSULTA", centroId: null },
        { email: cuenta.email, nombre: "Renombrada", rol: "CONSULTA", centroId: null },
      ],
      ["DESACTIVAR", { activo: true }, { activo: false }],
      ["ACTIVAR", { activo: false }, { activo: true }],
    ]);
  });

  it("guardar con el formulario viejo se rechaza y deja lo que guardó el otro administrador", async () => {
    const cuenta = await nuevaCuenta();
    const leido = await formulario(cuenta.id);
    const primero = await editarUsuario(e.actores.admin, { ...leido, nombre: "Lo que guardó el primero" });
    expect(primero.ok).toBe(true);
    const antes = await estado();
    const segundo = await editarUsuario(e.actores.admin, {
      ...leido,
      nombre: "Lo del segundo",
      rol: "COORDINADOR",
    });
    expect(segundo).toEqual({ ok: false, message: MENSAJE_CUENTA_DESACTUALIZADA });
    expect(await estado()).toEqual(antes);
    expect((await db().user.findUniqueOrThrow({ where: { id: cuenta.id } })).nombre).toBe(
      "Lo que guardó el primero",
    );
  });

  it("cada guardado deja una versión nueva, posterior a la anterior", async () => {
    const cuenta = await nuevaCuenta();
    const leido = await formulario(cuenta.id);
    const uno = await editarUsuario(e.actores.admin, { ...leido, nombre: "Uno" });
    const dos = uno.ok
      ? await editarUsuario(e.actores.admin, { ...leido, version: uno.data.version, nombre: "Dos" })
      : uno;
    expect(dos.ok && uno.ok && dos.data.version > uno.data.version).toBe(true);
  });

  it("una cuenta que no cambia no escribe nada", async () => {
    const cuenta = await nuevaCuenta();
    const antes = await estado();
    expect(await editarUsuario(e.actores.admin, await formulario(cuenta.id))).toMatchObject({
      ok: true,
      data: { cambio: false },
    });
    expect(await estado()).toEqual(antes);
  });

  it("un subdirector activo no puede quedar en un centro inactivo; desactivado sí", async () => {
    const centro = await db().centro.create({
      data: {
        codigo: `usuarios-cierra-${correoNuevo()}`,
        nombre: "Centro que cierra",
        regionalId: e.centroA.regionalId,
      },
    });
    const cuenta = await nuevaCuenta({ rol: "SUBDIRECTOR", centroId: centro.id });
    await db().centro.update({ where: { id: centro.id }, data: { activo: false } });
    const activo = await editarUsuario(e.actores.admin, {
      ...(await formulario(cuenta.id)),
      nombre: "Cambio",
    });
    expect(activo).toMatchObject({
      ok: false,
      fieldErrors: { centroId: [expect.stringContaining("está inactivo")] },
    });
    const desactivado = await editarUsuario(e.actores.admin, {
      ...(await formulario(cuenta.id)),
      activo: false,
    });
    expect(desactivado.ok).toBe(true);
  });
});

describe("nadie deja la aplicación sin administrador", () => {
  let segundo: Actor;
  let apartados: number[] = [];

  beforeAll(async () => {
    const cuenta = await nuevaCuenta({ rol: "ADMIN" });
    segundo = { id: cuenta.id, rol: "ADMIN", centroId: null };
  });

  /** Leaves only the scenario's admin and `segundo` as active admins for the test. */
  async function soloDosAdministradores() {
    const otros = await db().user.findMany({
      where: { rol: "ADMIN", activo: true, id: { notIn: [e.actores.admin.id, segundo.id] } },
      select: { id: true },
    });
    apartados = [...new Set([...apartados, ...otros.map((o) => o.id)])];
    await db().user.updateMany({ where: { id: { in: apartados } }, data: { activo: false } });
  }

  afterAll(async () => {
    await db().user.updateMany({ where: { id: { in: apartados } }, data: { activo: true } });
  });

  it("un administrador no puede quitarse su propio rol ni desactivar su cuenta", async () => {
    const antes = await estado();
    const propio = await formulario(e.actores.admin.id);
    expect(await editarUsuario(e.actores.admin, { ...propio, rol: "CONSULTA" })).toEqual({
      ok: false,
      message: MENSAJE_PROPIO_ROL,
      fieldErrors: { rol: [MENSAJE_PROPIO_ROL] },
    });
    expect(await editarUsuario(e.actores.admin, { ...propio, activo: false })).toEqual({
      ok: false,
      message: MENSAJE_PROPIA_CUENTA,
      fieldErrors: { activo: [MENSAJE_PROPIA_CUENTA] },
    });
    expect(await estado()).toEqual(antes);
  });

  it("dos administradores que se quitan el rol a la vez: solo uno lo logra y queda un administrador", async () => {
    await soloDosAdministradores();
    const formularios = [await formulario(segundo.id), await formulario(e.actores.admin.id)] as const;
    // Both accounts stay locked by another session while the two edits start, so both reach their
    // write before either commits: only the serialization of account writes keeps one admin.
    const bloqueo = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await bloqueo.connect();
    await bloqueo.query("BEGIN");
    await bloqueo.query('SELECT id FROM "User" WHERE id = ANY($1) FOR UPDATE', [
      [segundo.id, e.actores.admin.id],
    ]);
    const ediciones = Promise.all([
      editarUsuario(e.actores.admin, { ...formularios[0], rol: "CONSULTA" }),
      editarUsuario(segundo, { ...formularios[1], rol: "CONSULTA" }),
    ]);
    await new Promise((listo) => setTimeout(listo, 500));
    await bloqueo.query("COMMIT");
    await bloqueo.end();
    const resultados: ResultadoAccion<unknown>[] = await ediciones;
    expect(resultados.filter((r) => r.ok)).toHaveLength(1);
    expect(resultados.find((r) => !r.ok)).toMatchObject({ message: MENSAJE_ULTIMO_ADMINISTRADOR });
    expect(await db().user.count({ where: { rol: "ADMIN", activo: true } })).toBe(1);
    // Put the scenario back: whoever was demoted is an admin again.
    await db().user.updateMany({
      where: { id: { in: [e.actores.admin.id, segundo.id] } },
      data: { rol: "ADMIN" },
    });
  });

  it("el último administrador activo no puede desactivarse ni dejar de serlo", async () => {
    await soloDosAdministradores();
    await db().user.update({ where: { id: segundo.id }, data: { activo: false } });
    const antes = await estado();
    const propio = await formulario(e.actores.admin.id);
    for (const cambio of [{ rol: "COORDINADOR" }, { activo: false }]) {
      expect(await editarUsuario(e.actores.admin, { ...propio, ...cambio })).toMatchObject({
        ok: false,
        message: MENSAJE_ULTIMO_ADMINISTRADOR,
      });
    }
    const importacion = csv(
      `${(await db().user.findUniqueOrThrow({ where: { id: e.actores.admin.id } })).email};admin;CONSULTA;;`,
    );
    expect((await vistaPrevia(importacion)).errores).toEqual([
      { linea: 2, mensajes: ["No puede quitarse su propio rol de administrador."] },
    ]);
    expect(await estado()).toEqual(antes);
    await db().user.update({ where: { id: segundo.id }, data: { activo: true } });
  });
});

describe("restablecer la contraseña", () => {
  it("da una contraseña temporal nueva, la anterior deja de servir y la versión de la cuenta avanza (cierra sus sesiones)", async () => {
    const cuenta = await nuevaCuenta();
    await db().user.update({ where: { id: cuenta.id }, data: { passwordHash: "hash-anterior" } });
    const version = (await formulario(cuenta.id)).version;
    const resultado = await restablecerClave(e.actores.admin, { usuarioId: cuenta.id });
    expect(resultado.ok).toBe(true);
    if (!resultado.ok) return;
    const despues = await db().user.findUniqueOrThrow({ where: { id: cuenta.id } });
    expect(despues.debeCambiarClave).toBe(true);
    expect(despues.passwordHash).not.toBe("hash-anterior");
    expect(await verificarClave(despues.passwordHash, resultado.data.claveTemporal)).toBe(true);
    expect(despues.version).toBe(version + 1);
    expect(resultado.data.version).toBe(version + 1);
    const eventos = await eventosDe(cuenta.id);
    expect(eventos).toMatchObject([
      {
        accion: "RESTABLECER_CLAVE",
        antes: { debeCambiarClave: false },
        despues: { debeCambiarClave: true },
      },
    ]);
    sinSecretos(eventos, resultado.data.claveTemporal, despues.passwordHash);
  });

  it("un administrador no restablece su propia contraseña aquí", async () => {
    const antes = await estado();
    expect(await restablecerClave(e.actores.admin, { usuarioId: e.actores.admin.id })).toEqual({
      ok: false,
      message: MENSAJE_PROPIA_CLAVE,
    });
    expect(await estado()).toEqual(antes);
  });
});

describe("importar usuarios desde un CSV", () => {
  it("crea y actualiza todo en una transacción, con contraseñas temporales y auditoría sin secretos", async () => {
    const existente = await nuevaCuenta({ rol: "CONSULTA" });
    const nueva = correoNuevo("importada");
    const archivo = csv(
      `${nueva.toUpperCase()};Importada Nueva;Subdirector de centro;${e.centroA.codigo.toLowerCase()};`,
      `${existente.email};${existente.nombre};COORDINADOR;;no`,
    );
    const vista = await vistaPrevia(archivo);
    expect(vista.resumen).toEqual({ filas: 2, crear: 1, actualizar: 1, sinCambios: 0, lineasConError: 0 });
    const resultado = await confirmarImportacion(e.actores.admin, { archivo, huella: vista.huella });
    expect(resultado.ok).toBe(true);
    if (!resultado.ok) return;
    expect(resultado.data).toMatchObject({
      actualizadas: 1,
      sinCambios: 0,
      creadas: [{ linea: 2, email: nueva }],
    });
    const creada = await db().user.findUniqueOrThrow({ where: { email: nueva } });
    expect(creada).toMatchObject({
      rol: "SUBDIRECTOR",
      centroId: e.centroA.id,
      activo: true,
      debeCambiarClave: true,
    });
    const clave = resultado.data.creadas[0]!.claveTemporal;
    expect(await verificarClave(creada.passwordHash, clave)).toBe(true);
    expect(await db().user.findUniqueOrThrow({ where: { id: existente.id } })).toMatchObject({
      rol: "COORDINADOR",
      activo: false,
      debeCambiarClave: false,
      passwordHash: "no-usada",
    });
    const eventos = [...(await eventosDe(creada.id)), ...(await eventosDe(existente.id))];
    expect(eventos).toMatchObject([
      {
        accion: "IMPORTAR",
        actorId: e.actores.admin.id,
        antes: null,
        despues: { email: nueva, rol: "SUBDIRECTOR" },
      },
      {
        accion: "IMPORTAR",
        antes: { rol: "CONSULTA", activo: true },
        despues: { rol: "COORDINADOR", activo: false },
      },
    ]);
    sinSecretos(eventos, clave, creada.passwordHash);
  });

  it("una sola fila mala y no se escribe nada", async () => {
    const archivo = csv(
      `${correoNuevo()};Buena Uno;CONSULTA;;`,
      `${correoNuevo()};Mala;SUBDIRECTOR;;`,
      `${correoNuevo()};Buena Dos;COORDINADOR;;`,
    );
    const vista = await vistaPrevia(archivo);
    expect(vista.errores).toEqual([
      { linea: 3, mensajes: ["El subdirector necesita el código de su centro en la columna centro."] },
    ]);
    const antes = await estado();
    expect(await confirmarImportacion(e.actores.admin, { archivo, huella: vista.huella })).toEqual({
      ok: false,
      message: "El archivo tiene 1 fila con errores: no se importó ninguna cuenta.",
    });
    expect(await estado()).toEqual(antes);
  });

  it("si los datos cambiaron después de la vista previa, se vuelve a validar y no se aplica", async () => {
    const cuenta = await nuevaCuenta();
    const archivo = csv(`${cuenta.email};Nombre Importado;CONSULTA;;`, `${correoNuevo()};Otra;CONSULTA;;`);
    const vista = await vistaPrevia(archivo);
    await editarUsuario(e.actores.admin, { ...(await formulario(cuenta.id)), nombre: "Nombre Importado" });
    const antes = await estado();
    expect(await confirmarImportacion(e.actores.admin, { archivo, huella: vista.huella })).toEqual({
      ok: false,
      message: MENSAJE_IMPORTACION_DESACTUALIZADA,
    });
    expect(await estado()).toEqual(antes);
  });

  it("un centro desactivado entre la vista previa y la confirmación hace fallar la importación entera", async () => {
    const centro = await db().centro.create({
      data: {
        codigo: `usuarios-imp-${secuencia}`,
        nombre: "Centro por cerrar",
        regionalId: e.centroA.regionalId,
      },
    });
    const archivo = csv(
      `${correoNuevo()};Sub;SUBDIRECTOR;${centro.codigo};`,
      `${correoNuevo()};Otra;CONSULTA;;`,
    );
    const vista = await vistaPrevia(archivo);
    expect(vista.errores).toEqual([]);
    await db().centro.update({ where: { id: centro.id }, data: { activo: false } });
    const antes = await estado();
    expect(await confirmarImportacion(e.actores.admin, { archivo, huella: vista.huella })).toEqual({
      ok: false,
      message: "El archivo tiene 1 fila con errores: no se importó ninguna cuenta.",
    });
    expect(await estado()).toEqual(antes);
  });

  it("un archivo que no es de usuarios se rechaza junto al campo con su motivo", async () => {
    expect(
      await previsualizarImportacion(e.actores.admin, {
        archivo: new File(["codigo;nombre\n1;x\n"], "x.csv"),
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        archivo: [expect.stringMatching(/^Faltan columnas en el encabezado: correo, rol, centro\./)],
      },
    });
  });

  it("un libro de Excel se importa igual que el CSV: la fila de Excel es la línea", async () => {
    const correo = correoNuevo("excel");
    const hoja = [
      ["Correo", "Nombre", "Rol", "Centro", "Activo"],
      [correo, "Desde Excel", "Consulta", null, "sí"],
      ["no-es-correo", "Mala", "CONSULTA", null, null],
    ].map((fila) => fila.map((valor) => (valor === null ? null : { value: valor })));
    const libro = new File([new Uint8Array(await writeXlsxFile(hoja).toBuffer())], "usuarios.xlsx");
    expect((await vistaPrevia(libro)).errores).toEqual([
      { linea: 3, mensajes: ["El correo «no-es-correo» no es válido."] },
    ]);
    const bueno = new File(
      [new Uint8Array(await writeXlsxFile(hoja.slice(0, 2)).toBuffer())],
      "usuarios.xlsx",
    );
    const vista = await vistaPrevia(bueno);
    expect(
      await confirmarImportacion(e.actores.admin, { archivo: bueno, huella: vista.huella }),
    ).toMatchObject({
      ok: true,
      data: { creadas: [{ linea: 2, email: correo, rol: "CONSULTA" }] },
    });
    expect(await db().user.findUniqueOrThrow({ where: { email: correo } })).toMatchObject({
      nombre: "Desde Excel",
      rol: "CONSULTA",
    });
  });
});

describe("la lista de usuarios", () => {
  it("busca por nombre o correo sin distinguir mayúsculas y filtra por rol, regional, centro y estado", async () => {
    const admin = e.actores.admin;
    const buscar = (params: Record<string, string>) =>
      listarUsuarios(admin, filtrosUsuariosSchema.parse(params));
    const porCorreo = await buscar({ q: "SUBA.USUARIOS@PRUEBAS" });
    expect(porCorreo.filas.map((f) => f.id)).toEqual([e.actores.subdirectorA.id]);
    const delCentro = await buscar({ centro: String(e.centroB.id), rol: "SUBDIRECTOR" });
    expect(delCentro.filas.map((f) => f.id)).toContain(e.actores.subdirectorB.id);
    expect(
      delCentro.filas.every((f) => f.rol === "SUBDIRECTOR" && f.centro?.codigo === e.centroB.codigo),
    ).toBe(true);
    // Only this file's users: the shared database may hold more than a page of the regional's.
    const deLaRegional = await buscar({
      regional: String(e.centroA.regionalId),
      q: ".usuarios@pruebas.test",
    });
    expect(deLaRegional.filas.map((f) => f.id)).toEqual(
      expect.arrayContaining([e.actores.subdirectorA.id, e.actores.subdirectorC.id]),
    );
    expect((await buscar({ activo: "no" })).filas.every((f) => !f.activo)).toBe(true);
  });

  it("la descarga trae todas las páginas con los mismos filtros, en el mismo orden", async () => {
    const todas = filtrosUsuariosSchema.parse({});
    const tabla = await tablaDeUsuarios(e.actores.admin, todas);
    expect(tabla.filas).toHaveLength(await db().user.count());
    const primera = await listarUsuarios(e.actores.admin, todas);
    expect(tabla.filas.slice(0, primera.filas.length).map((f) => f.correo)).toEqual(
      primera.filas.map((f) => f.email),
    );
    const delCentro = await tablaDeUsuarios(
      e.actores.admin,
      filtrosUsuariosSchema.parse({ q: "SUBA.USUARIOS@PRUEBAS" }),
    );
    expect(delCentro.filas).toEqual([
      expect.objectContaining({
        correo: "suba.usuarios@pruebas.test",
        rol: "Subdirector de centro",
        centro: e.centroA.nombre,
        codigoCentro: e.centroA.codigo,
        activo: "Sí",
      }),
    ]);
  });

  it("pagina de a 25 y una página fuera de rango muestra la última", async () => {
    const todas = await listarUsuarios(e.actores.admin, filtrosUsuariosSchema.parse({}));
    expect(todas.filas.length).toBeLessThanOrEqual(25);
    const ultima = await listarUsuarios(e.actores.admin, filtrosUsuariosSchema.parse({ pagina: "9999" }));
    expect(ultima.pagina).toBe(todas.paginas);
  });

  it("el historial de una cuenta muestra sus eventos con el nombre de los centros", async () => {
    const cuenta = await nuevaCuenta();
    await editarUsuario(e.actores.admin, {
      ...(await formulario(cuenta.id)),
      rol: "SUBDIRECTOR",
      centroId: String(e.centroA.id),
    });
    const historial = await historialDeUsuario(e.actores.admin, cuenta.id);
    expect(historial.eventos.map((x) => x.accion)).toEqual(["EDITAR"]);
    expect(historial.centros[String(e.centroA.id)]).toBe(`${e.centroA.codigo} · ${e.centroA.nombre}`);
  });
});
