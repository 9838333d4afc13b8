import { beforeAll, describe, expect, it } from "vitest";
import { editarCentro } from "@/features/centros/operaciones";
import { centroParaEditar } from "@/features/centros/queries";
import { guardarMetas } from "@/features/metas/operaciones";
import { metasDeVigencia } from "@/features/metas/queries";
import { textoDeMeta } from "@/lib/metas";
import { crearPlan, leerPlan } from "@/features/plan/creacion";
import { aprobar, devolver } from "@/features/revision/operaciones";
import { resolverAmbito } from "@/features/tableros/alcance";
import { consultarComite } from "@/features/tableros/comite/queries";
import { consultarCumplimiento } from "@/features/tableros/cumplimiento/queries";
import { datosDef } from "@/features/tableros/def/queries";
import { datosEjecucion } from "@/features/tableros/ejecucion/queries";
import { leerFiltros } from "@/features/tableros/filtros";
import { nombresDelAmbito, opcionesDeFiltros } from "@/features/tableros/queries";
import { consultarRecaudo } from "@/features/tableros/recaudo/queries";
import type { AmbitoTablero } from "@/features/tableros/tipos";
import type { TipoReporte } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { crearEscenario, type Escenario } from "../helpers/escenario";

// Every dashboard aggregate is kept in memory per generation of the data: a read right after any
// write that moves it must show the new figures. This file works in a vigencia of its own.
const ANIO = 2052;
/** Counted as if the vigencia were over, so that its reports are expected. */
const DESPUES = { hoy: `${ANIO + 1}-06-30` };
let e: Escenario;
let vigencia: { id: number; anio: number };
let centro: AmbitoTablero;
let centroEnviados: AmbitoTablero;
let regional: AmbitoTablero;

const ambito = async (parametros: Record<string, string>) =>
  (await resolverAmbito(e.actores.coordinador, leerFiltros({ vigencia: String(ANIO), ...parametros })))!;

async function reporteEnviado(tipo: TipoReporte, periodo: string, detalle: Record<string, unknown>) {
  const seguimiento = await db().seguimiento.findFirstOrThrow({
    where: { vigenciaId: vigencia.id, tipoReporte: tipo },
  });
  const relacion = {
    TRAZABILIDAD_VENTAS: "trazabilidadVentas",
    EJECUCION_RECURSOS: "ejecucionRecursos",
    COMITE_PRECIOS: "comitePrecios",
    RECAUDO: "recaudo",
  }[tipo];
  return db().reporte.create({
    data: {
      seguimientoId: seguimiento.id,
      vigenciaId: vigencia.id,
      tipo,
      periodo,
      centroId: e.centroA.id,
      ambito: String(e.centroA.id),
      estado: "ENVIADO",
      creadoPorId: e.actores.subdirectorA.id,
      enviadoPorId: e.actores.subdirectorA.id,
      enviadoEn: new Date(`${ANIO}-03-01T15:00:00Z`),
      primerEnvioEn: new Date(`${ANIO}-03-01T15:00:00Z`),
      [relacion]: { create: detalle },
    },
  });
}

beforeAll(async () => {
  e = await crearEscenario("cache");
  vigencia = await db().$transaction(async (tx) => {
    const v = await tx.vigencia.create({ data: { anio: ANIO, nombre: `Plan de Acción ${ANIO} (caché)` } });
    await crearPlan(tx, v.id, await leerPlan(tx, e.vigencia.id));
    return v;
  });
  centro = await ambito({ centro: String(e.centroA.id) });
  centroEnviados = await ambito({ centro: String(e.centroA.id), datos: "enviados" });
  regional = await ambito({ regional: String(centro.regionalId) });
});

describe("las cifras de los tableros se guardan en memoria y una escritura las renueva", () => {
  it("sin escrituras de por medio, la segunda lectura es la misma (no se vuelve a consultar)", async () => {
    const primera = await datosDef(centro);
    expect(await datosDef(centro)).toBe(primera);
    expect(await consultarCumplimiento(regional, DESPUES)).toBe(
      await consultarCumplimiento(regional, DESPUES),
    );
  });

  it("aprobar una trazabilidad: el panel DEF y el cumplimiento la cuentan en la lectura siguiente", async () => {
    const reporte = await reporteEnviado("TRAZABILIDAD_VENTAS", `${ANIO}-T1`, {
      totalAprovechamientos: 1_000_000n,
      totalFacturadoDef: 800_000n,
      numeroDef: 12,
      pagosRecibidos: 750_000n,
    });
    const antes = { def: await datosDef(centro), cumplimiento: await consultarCumplimiento(centro, DESPUES) };
    expect(antes.def.total.ventas).toBe(0n);
    expect(
      (await aprobar(e.actores.coordinador, { reporteId: reporte.id, version: reporte.version })).ok,
    ).toBe(true);
    const def = await datosDef(centro);
    expect(def.total).toMatchObject({ ventas: 1_000_000n, def: 800_000n, centros: 1 });
    expect((await consultarCumplimiento(centro, DESPUES)).total.aprobados).toBe(
      antes.cumplimiento.total.aprobados + 1,
    );
  });

  it("aprobar la ejecución de recursos: el panel de ejecución la cuenta", async () => {
    const reporte = await reporteEnviado("EJECUCION_RECURSOS", String(ANIO), {
      recursosSolicitados: 900_000n,
      recursosAsignados: 600_000n,
      recursosEjecutados: 300_000n,
      registradoModuloPlanAccion: true,
    });
    expect((await datosEjecucion(centro)).total.asignados).toBe(0n);
    expect(
      (await aprobar(e.actores.coordinador, { reporteId: reporte.id, version: reporte.version })).ok,
    ).toBe(true);
    expect((await datosEjecucion(centro)).total).toMatchObject({ asignados: 600_000n, ejecutados: 300_000n });
  });

  it("aprobar el acta del comité: el panel del comité la muestra aprobada", async () => {
    const reporte = await reporteEnviado("COMITE_PRECIOS", String(ANIO), {
      fechaActa: new Date(`${ANIO}-02-20`),
      numeroActa: "CACHE-01",
      productosServiciosPreciados: 9,
    });
    const fila = async () => (await consultarComite(centro)).centros.find((c) => c.centroId === e.centroA.id);
    expect(await fila()).toMatchObject({ numeroActa: null });
    expect(
      (await aprobar(e.actores.coordinador, { reporteId: reporte.id, version: reporte.version })).ok,
    ).toBe(true);
    expect(await fila()).toMatchObject({ numeroActa: "CACHE-01", detalle: "Aprobado" });
  });

  it("devolver un reporte enviado: sale de las cifras de «todo lo enviado»", async () => {
    const reporte = await reporteEnviado("TRAZABILIDAD_VENTAS", `${ANIO}-T2`, {
      totalAprovechamientos: 50_000n,
      totalFacturadoDef: 40_000n,
      numeroDef: 2,
      pagosRecibidos: 40_000n,
    });
    expect((await datosDef(centroEnviados)).total.ventas).toBe(1_050_000n);
    const correcciones = async () =>
      (await consultarCumplimiento(centroEnviados, DESPUES)).plazos.find((p) => p.tipo === "CORRECCION")
        ?.total ?? 0;
    const antes = await correcciones();
    const devuelto = await devolver(e.actores.coordinador, {
      reporteId: reporte.id,
      version: reporte.version,
      comentario: "Corrija el total facturado, por favor.",
    });
    expect(devuelto.ok).toBe(true);
    expect((await datosDef(centroEnviados)).total.ventas).toBe(1_000_000n);
    // The return gives a correction deadline, counted in the timeliness of corrections.
    expect(await correcciones()).toBe(antes + 1);
  });

  it("una meta nueva: el recaudo de la regional la muestra", async () => {
    const semestres = await metasDeVigencia(e.actores.coordinador, vigencia);
    const s1 = semestres.find((s) => s.periodo.codigo === `${ANIO}-S1`)!;
    const metaDe = async () =>
      (await consultarRecaudo(regional))!.semestres.find((f) => f.periodo === `${ANIO}-S1`)?.meta ?? null;
    expect(await metaDe()).toBeNull();
    const resultado = await guardarMetas(e.actores.coordinador, {
      vigenciaId: vigencia.id,
      periodo: `${ANIO}-S1`,
      huella: s1.huella,
      nacional: "",
      regionales: s1.regionales.map((r) => ({
        regionalId: r.id,
        monto: r.id === regional.regionalId ? "123.456.789" : textoDeMeta(r.monto),
      })),
    });
    expect(resultado.ok).toBe(true);
    expect(await metaDe()).toBe(123_456_789n);
  });

  it("un centro desactivado o renombrado: desaparece del cumplimiento de su regional y cambia su nombre", async () => {
    const { id } = await db().centro.create({
      data: {
        codigo: "cache-D",
        nombre: "Centro cache D",
        regionalId: regional.regionalId!,
        generaAprovechamiento: true,
      },
    });
    const listado = async () =>
      (await consultarCumplimiento(regional, DESPUES)).porCentro.map((c) => c.centroId);
    expect(await listado()).toContain(id);
    const ambitoD = await ambito({ centro: String(id) });
    expect((await nombresDelAmbito(ambitoD)).centro?.nombre).toBe("Centro cache D");

    const c = (await centroParaEditar(e.actores.admin, id))!;
    const datos = {
      id,
      version: c.version,
      codigo: c.codigo,
      nombre: "Centro cache D renombrado",
      regionalId: c.regionalId,
      generaAprovechamiento: c.generaAprovechamiento,
      requiereRecursos: c.requiereRecursos,
      activo: true,
    };
    expect((await editarCentro(e.actores.admin, datos)).ok).toBe(true);
    expect((await nombresDelAmbito(ambitoD)).centro?.nombre).toBe("Centro cache D renombrado");
    expect(
      (await editarCentro(e.actores.admin, { ...datos, version: c.version + 1, activo: false })).ok,
    ).toBe(true);
    expect(await listado()).not.toContain(id);
  });

  it("una vigencia nueva aparece en el filtro", async () => {
    expect((await opcionesDeFiltros()).vigencias.map((v) => v.anio)).not.toContain(ANIO + 1);
    await db().vigencia.create({ data: { anio: ANIO + 1, nombre: `Plan de Acción ${ANIO + 1} (caché)` } });
    expect((await opcionesDeFiltros()).vigencias.map((v) => v.anio)).toContain(ANIO + 1);
  });
});
