import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crearRegional, editarCentro, editarRegional } from "@/features/centros/operaciones";
import { MENSAJE_REGIONAL_DESACTUALIZADA } from "@/features/centros/operaciones-regionales";
import { listarRegionales } from "@/features/centros/queries";
import { db } from "@/server/db";
import { centroCreado, cerrarCentros, e, formulario, foto, prepararCentros } from "../helpers/centros-admin";

beforeAll(prepararCentros);
afterAll(cerrarCentros);

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
