import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crearCentro, editarCentro, MENSAJE_CENTRO_DESACTUALIZADO } from "@/features/centros/operaciones";
import { listarCentros, tablaDeCentros } from "@/features/centros/queries";
import { db } from "@/server/db";
import {
  antioquia,
  atlantico,
  centroCreado,
  cerrarCentros,
  codigoNuevo,
  datosDeCentro,
  e,
  formulario,
  foto,
  prepararCentros,
  subdirector,
} from "../helpers/centros-admin";

// The list of centros, and creating, editing and deactivating one.
beforeAll(prepararCentros);
afterAll(cerrarCentros);

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
