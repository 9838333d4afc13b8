import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  crearCentro,
  crearRegional,
  editarCentro,
  editarCentroEnVigencia,
  editarRegional,
  importarCentros,
  previsualizarImportacion,
} from "@/features/centros/operaciones";
import {
  centroParaEditar,
  centrosEnCsv,
  listarCentros,
  listarRegionales,
  regionalParaEditar,
} from "@/features/centros/queries";
import { obligacionesDelCentro } from "@/features/obligaciones/queries";
import { consultarComite } from "@/features/tableros/comite/queries";
import { consultarCumplimiento } from "@/features/tableros/cumplimiento/queries";
import { datosDef } from "@/features/tableros/def/queries";
import { AccesoDenegado, type Actor } from "@/server/autorizacion";
import { MENSAJE_CONFLICTO } from "@/server/bloqueo";
import { db } from "@/server/db";
import {
  antioquia,
  atlantico,
  centroCreado,
  cerrarCentros,
  codigoNuevo,
  csv,
  datosDeCentro,
  debe,
  e,
  enVigencia,
  formulario,
  foto,
  HOY,
  prepararCentros,
  siguiente,
  vistaPrevia,
} from "../helpers/centros-admin";
import { tipoDe } from "../helpers/escenario";

// Who administers regionales and centros, and a centro's marks in each vigencia (decisión 0020) with
// what they change in what it owes.
beforeAll(prepararCentros);
afterAll(cerrarCentros);

const SIN_PERMISO = "No tiene permiso para realizar esta operación.";
const NO_ADMINISTRAN = ["coordinador", "consulta", "subdirectorA"] as const;
/** Numbers the regionales the permission cases create; unique within this file's own database. */
let secuencia = 0;

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
    expect(obligaciones.map((o) => `${tipoDe(o)} ${o.periodo.codigo} ${o.estado}`)).toEqual([
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
