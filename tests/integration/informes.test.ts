import readXlsxFile from "read-excel-file/node";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { generarInforme } from "@/features/informes/generar";
import { informeEnPdf } from "@/features/informes/pdf";
import { informeEnXlsx } from "@/features/informes/xlsx";
import { historialDeReporte } from "@/features/auditoria/queries";
import { evidenciasDeReporte } from "@/features/evidencias/queries";
import { crearPlan, leerPlan } from "@/features/plan/creacion";
import { reporteEnPdf } from "@/features/reportes/pdf";
import { reporteParaVer, contextoDelReporte } from "@/features/reportes/queries";
import { devolver } from "@/features/revision/operaciones";
import { resolverAmbito } from "@/features/tableros/alcance";
import { leerFiltros } from "@/features/tableros/filtros";
import { PANELES } from "@/features/tableros/registro";
import type { EstadoReporte, TipoReporte } from "@/generated/prisma/enums";
import { formatearCop } from "@/lib/dinero";
import { db } from "@/server/db";
import { crearEscenario, type Escenario } from "../helpers/escenario";

// Informes are made from the dashboards' own figures: each is compared with the panel it comes
// from, then read back from its xlsx and its PDF. A vigencia of its own, with figures by hand.
const ANIO = 2054;
let e: Escenario;
let vigenciaId: number;

async function reporte(
  tipo: TipoReporte,
  periodo: string,
  centroId: number | null,
  estado: EstadoReporte,
  detalle: Record<string, unknown>,
) {
  const seguimiento = await db().seguimiento.findFirstOrThrow({ where: { vigenciaId, tipoReporte: tipo } });
  const relacion = {
    TRAZABILIDAD_VENTAS: "trazabilidadVentas",
    EJECUCION_RECURSOS: "ejecucionRecursos",
    COMITE_PRECIOS: "comitePrecios",
    RECAUDO: "recaudo",
  }[tipo];
  const autor = centroId ? e.actores.subdirectorA.id : e.actores.coordinador.id;
  return db().reporte.create({
    data: {
      seguimientoId: seguimiento.id,
      vigenciaId,
      tipo,
      periodo,
      centroId,
      ambito: centroId ? String(centroId) : "NACIONAL",
      estado,
      creadoPorId: autor,
      enviadoPorId: autor,
      enviadoEn: new Date(`${ANIO}-04-05T15:00:00Z`),
      primerEnvioEn: new Date(`${ANIO}-04-05T15:00:00Z`),
      [relacion]: { create: detalle },
    },
  });
}

/** As the PDF's text reads once spaces are normalised (formats use no-break spaces). */
const cop = (valor: bigint) => formatearCop(valor).replace(/\s+/g, " ");

async function textoDelPdf(pdf: Buffer): Promise<string> {
  const documento = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(documento, { mergePages: true });
  return text.replace(/\s+/g, " ");
}

beforeAll(async () => {
  e = await crearEscenario("informes");
  vigenciaId = await db().$transaction(async (tx) => {
    const v = await tx.vigencia.create({ data: { anio: ANIO, nombre: `Plan de Acción ${ANIO} (informes)` } });
    await crearPlan(tx, v.id, await leerPlan(tx, e.vigencia.id));
    return v.id;
  });
  // T1: centro A sold 1.000.000, invoiced 800.000 with DEF (80 %); a draft of centro B never counts.
  await reporte("TRAZABILIDAD_VENTAS", `${ANIO}-T1`, e.centroA.id, "APROBADO", {
    totalAprovechamientos: 1_000_000n,
    totalFacturadoDef: 800_000n,
    numeroDef: 12,
    pagosRecibidos: 700_000n,
  });
  await reporte("TRAZABILIDAD_VENTAS", `${ANIO}-T1`, e.centroB.id, "BORRADOR", {
    totalAprovechamientos: 9_999_999n,
    totalFacturadoDef: 9_999_999n,
    numeroDef: 1,
    pagosRecibidos: 0n,
  });
  // S1 national recaudo, approved, against a national meta of 5.000.000.000.
  await reporte("RECAUDO", `${ANIO}-S1`, null, "APROBADO", {
    recaudoFiscalizacion: 3_000_000_000n,
    recaudoCobroPersuasivo: 1_000_000_000n,
    aportantesNuevos: 1234,
    smsEnviados: 56_789,
    correosEnviados: 4321,
    analisis: "El semestre cerró con el cobro persuasivo reforzado por mensajes.",
  });
  await db().metaRecaudo.create({
    data: { vigenciaId, periodo: `${ANIO}-S1`, regionalId: null, ambito: "NACIONAL", monto: 5_000_000_000n },
  });
});

describe("informes hechos con las cifras de los tableros", () => {
  it("el trimestral de DEF de un centro trae exactamente las tablas del tablero para ese trimestre", async () => {
    const informe = await generarInforme(e.actores.coordinador, "def-trimestral", {
      periodo: `${ANIO}-T1`,
      centro: String(e.centroA.id),
    });
    expect(informe).not.toBeNull();
    const ambito = await resolverAmbito(
      e.actores.coordinador,
      leerFiltros({ vigencia: String(ANIO), periodo: `${ANIO}-T1`, centro: String(e.centroA.id) }),
    );
    expect(informe!.tablas).toEqual(await PANELES.def!(ambito!));
    const trimestre = informe!.tablas.find((t) => t.nombre === "def-por-trimestre")!;
    // The quarter, then the total; the draft of centro B is in neither.
    expect(trimestre.filas).toHaveLength(2);
    expect(trimestre.filas[0]).toMatchObject({ ventas: 1_000_000n, def: 800_000n, razon: 0.8 });
    expect(trimestre.filas[1]).toMatchObject({ ventas: 1_000_000n, def: 800_000n });
    expect(informe!.unidad).toBe(
      `Centro informes A · Regional ${(await db().regional.findUniqueOrThrow({ where: { id: e.centroA.regionalId } })).nombre}`,
    );
    expect(informe!.archivo).toBe(`def-trimestral-${ANIO}-T1-centro-${e.centroA.id}`);
  });

  it("su xlsx tiene una hoja de resumen y una por tabla, con números que se pueden sumar", async () => {
    const informe = (await generarInforme(e.actores.coordinador, "def-trimestral", {
      periodo: `${ANIO}-T1`,
      centro: String(e.centroA.id),
    }))!;
    const hojas = await readXlsxFile(await informeEnXlsx(informe));
    expect(hojas.map((h) => h.sheet)).toEqual([
      "Resumen",
      ...informe.tablas.map((t) => t.titulo.slice(0, 31).replace(/[\\/?*[\]:]/g, " ")),
    ]);
    const resumen = hojas[0]!.data;
    expect(resumen[1]![0]).toBe("Informe trimestral de trazabilidad de las ventas con DEF");
    expect(resumen).toContainEqual([
      "Periodo",
      `Trimestre 1 de ${ANIO} (vigencia Plan de Acción ${ANIO} (informes))`,
    ]);
    const trimestre = hojas[1 + informe.tablas.findIndex((t) => t.nombre === "def-por-trimestre")]!.data;
    const fila = trimestre[1]!;
    expect(fila).toContain(1_000_000);
    expect(fila).toContain(800_000);
    expect(fila).toContain(0.8);
  });

  it("su PDF es un documento con el encabezado del SENA, las cifras y la numeración de páginas", async () => {
    const informe = (await generarInforme(e.actores.coordinador, "def-trimestral", {
      periodo: `${ANIO}-T1`,
      centro: String(e.centroA.id),
    }))!;
    const pdf = await informeEnPdf(informe);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const texto = await textoDelPdf(pdf);
    expect(texto).toContain("SERVICIO NACIONAL DE APRENDIZAJE · SENA");
    expect(texto).toContain("Informe trimestral de trazabilidad de las ventas con DEF");
    expect(texto).toContain(cop(1_000_000n));
    expect(texto).toContain(cop(800_000n));
    expect(texto).not.toContain(cop(9_999_999n));
    expect(texto).toMatch(/Página 1 de \d+/);
  });

  it("el semestral de recaudo trae el recaudo frente a la meta, los aportantes, los mensajes y el análisis", async () => {
    const informe = (await generarInforme(e.actores.consulta, "recaudo-semestral", {
      periodo: `${ANIO}-S1`,
    }))!;
    const resumen = Object.fromEntries(informe.resumen);
    expect(resumen["Informe nacional del periodo"]).toBe("Aprobado");
    expect(resumen["Total recaudado"]).toBe(formatearCop(4_000_000_000n));
    expect(resumen["Meta del semestre"]).toBe(formatearCop(5_000_000_000n));
    expect(resumen["Cumplimiento de la meta"]).toMatch(/^80(,0)? ?%$/);
    expect(resumen["Aportantes incorporados a la base de fiscalización"]).toBe("1.234");
    expect(resumen["Mensajes SMS enviados"]).toBe("56.789");
    expect(resumen["Correos electrónicos enviados"]).toBe("4.321");
    expect(informe.tablas.find((t) => t.nombre === "recaudo-por-semestre")!.filas).toHaveLength(1);
    const texto = await textoDelPdf(await informeEnPdf(informe));
    expect(texto).toContain("El semestre cerró con el cobro persuasivo reforzado por mensajes.");
    expect(texto).toContain(cop(4_000_000_000n));
  });

  it("cada quien recibe solo lo suyo, y lo que no existe se responde igual", async () => {
    const pedir = (
      actor: Escenario["actores"][keyof Escenario["actores"]],
      tipo: Parameters<typeof generarInforme>[1],
      p: Record<string, string>,
    ) => generarInforme(actor, tipo, p);
    // A subdirector: their centro's informe, never another centro's, never the national recaudo.
    expect(await pedir(e.actores.subdirectorA, "def-trimestral", { periodo: `${ANIO}-T1` })).toMatchObject({
      archivo: `def-trimestral-${ANIO}-T1-centro-${e.centroA.id}`,
    });
    expect(
      await pedir(e.actores.subdirectorB, "def-trimestral", {
        periodo: `${ANIO}-T1`,
        centro: String(e.centroA.id),
      }),
    ).toBeNull();
    expect(await pedir(e.actores.subdirectorA, "recaudo-semestral", { periodo: `${ANIO}-S1` })).toBeNull();
    // Recaudo has no centro; a period of another periodicity or a vigencia that does not exist is nothing.
    expect(
      await pedir(e.actores.coordinador, "recaudo-semestral", {
        periodo: `${ANIO}-S1`,
        centro: String(e.centroA.id),
      }),
    ).toBeNull();
    expect(await pedir(e.actores.coordinador, "def-trimestral", { periodo: `${ANIO}-S1` })).toBeNull();
    expect(await pedir(e.actores.coordinador, "comite-anual", { periodo: "2099" })).toBeNull();
    for (const actor of [e.actores.admin, e.actores.coordinador, e.actores.consulta]) {
      expect(await pedir(actor, "ejecucion-anual", { periodo: String(ANIO) })).toMatchObject({
        unidad: "Nacional",
      });
    }
  });
});

describe("el PDF de un reporte", () => {
  it("trae lo que pide el plan, las cifras y su historial con el comentario del revisor", async () => {
    const antes = (await db().reporte.findUniqueOrThrow({ where: { id: e.reporteA.id } })).version;
    const comentario = "Corrija el total facturado con DEF del trimestre, por favor.";
    expect(
      (await devolver(e.actores.coordinador, { reporteId: e.reporteA.id, version: antes, comentario })).ok,
    ).toBe(true);
    const reporte = (await reporteParaVer(e.actores.subdirectorA, e.reporteA.id))!;
    const pdf = await reporteEnPdf(
      reporte,
      await historialDeReporte(reporte),
      await evidenciasDeReporte(e.actores.subdirectorA, reporte.id),
      await contextoDelReporte(reporte),
    );
    const texto = await textoDelPdf(pdf);
    expect(texto).toContain("Trazabilidad de ventas (DEF) · Trimestre 1 de 2020");
    expect(texto).toContain("Estado: Devuelto");
    expect(texto).toContain("Lo que pide el plan");
    expect(texto).toContain(
      "Trazabilidad de ingresos comparada con el total de los aprovechamientos generados.",
    );
    expect(texto).toContain(cop(1_000_000n));
    expect(texto).toContain(cop(800_000n));
    expect(texto).toContain("devolvió el reporte");
    expect(texto).toContain(comentario);
    expect(texto).toMatch(/Página 1 de \d+/);
    // Someone who may not see the report gets nothing to print.
    expect(await reporteParaVer(e.actores.subdirectorB, e.reporteA.id)).toBeNull();
  });
});
