import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENTIDAD_IMPORTACION } from "@/features/centros/auditable";
import {
  editarCentro,
  importarCentros,
  MENSAJE_CENTRO_DESACTUALIZADO,
  previsualizarImportacion,
} from "@/features/centros/operaciones";
import { MENSAJE_IMPORTACION_DESACTUALIZADA } from "@/features/centros/operaciones-importacion";
import { centroParaEditar, centrosEnCsv } from "@/features/centros/queries";
import { db } from "@/server/db";
import {
  antioquia,
  atlantico,
  centroCreado,
  cerrarCentros,
  codigoNuevo,
  csv,
  debe,
  e,
  enVigencia,
  formulario,
  foto,
  prepararCentros,
  siguiente,
  subdirector,
  vistaPrevia,
} from "../helpers/centros-admin";

beforeAll(prepararCentros);
afterAll(cerrarCentros);

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
