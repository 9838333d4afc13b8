import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { subirEvidencia } from "@/features/evidencias/operaciones";
import { guardarReporte, iniciarReporte } from "@/features/reportes/operaciones";
import { MENSAJE_VERSION_VIEJA } from "@/features/reportes/bloqueo";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { crearEscenario, type Escenario } from "../helpers/escenario";

let e: Escenario;
const prisma = crearClientePrisma(process.env.DATABASE_URL!);

const trazabilidad = {
  tipo: "TRAZABILIDAD_VENTAS",
  totalAprovechamientos: "1.000.000",
  totalFacturadoDef: "900.000",
  numeroDef: "14",
  pagosRecibidos: "850.000",
};

async function seguimientoDe(tipo: string) {
  return prisma.seguimiento.findFirstOrThrow({
    where: { vigenciaId: e.vigencia.id, tipoReporte: tipo as never },
  });
}

async function estadoDe(reporteId: number) {
  return prisma.reporte.findUniqueOrThrow({
    where: { id: reporteId },
    include: { trazabilidadVentas: true },
  });
}

beforeAll(async () => {
  e = await crearEscenario("rep");
});

describe("abrir el reporte de una obligación", () => {
  it.each([
    ["subdirectorA", "TRAZABILIDAD_VENTAS", "2020-T3", true],
    ["subdirectorB", "TRAZABILIDAD_VENTAS", "2020-T3", true],
    ["subdirectorC", "TRAZABILIDAD_VENTAS", "2020-T3", false],
    ["subdirectorC", "EJECUCION_RECURSOS", "2020", true],
    ["coordinador", "TRAZABILIDAD_VENTAS", "2020-T3", false],
    ["coordinador", "RECAUDO", "2020-S2", true],
    ["subdirectorA", "RECAUDO", "2020-S2", false],
    ["admin", "RECAUDO", "2020-S2", false],
    ["consulta", "RECAUDO", "2020-S2", false],
    ["admin", "EJECUCION_RECURSOS", "2020", false],
  ] as const)("%s abre %s %s: permitido=%s", async (quien, tipo, periodo, permitido) => {
    const seguimiento = await seguimientoDe(tipo);
    const antes = await prisma.reporte.count();
    const r = await iniciarReporte(e.actores[quien], { seguimientoId: seguimiento.id, periodo });
    expect(r.ok).toBe(permitido);
    if (!r.ok) expect(await prisma.reporte.count()).toBe(antes);
  });

  it("abrir dos veces el mismo reporte devuelve el mismo, sin duplicarlo, y queda auditado una vez", async () => {
    const seguimiento = await seguimientoDe("TRAZABILIDAD_VENTAS");
    const primero = await iniciarReporte(e.actores.subdirectorA, {
      seguimientoId: seguimiento.id,
      periodo: "2020-T4",
    });
    const segundo = await iniciarReporte(e.actores.subdirectorA, {
      seguimientoId: seguimiento.id,
      periodo: "2020-T4",
    });
    expect(primero.ok && segundo.ok && primero.data.reporteId === segundo.data.reporteId).toBe(true);
    const id = primero.ok ? primero.data.reporteId : 0;
    const reporte = await estadoDe(id);
    expect(reporte).toMatchObject({
      centroId: e.centroA.id,
      ambito: String(e.centroA.id),
      estado: "BORRADOR",
    });
    expect(await prisma.auditLog.count({ where: { reporteId: id, accion: "CREAR" } })).toBe(1);
  });

  it("un centro inactivo en la vigencia no abre reportes nuevos en ella", async () => {
    const seguimiento = await seguimientoDe("EJECUCION_RECURSOS");
    const en2020 = { centroId_vigenciaId: { centroId: e.centroC.id, vigenciaId: e.vigencia.id } };
    await prisma.centroVigencia.update({ where: en2020, data: { activo: false } });
    try {
      const antes = await prisma.reporte.count();
      const r = await iniciarReporte(e.actores.subdirectorC, {
        seguimientoId: seguimiento.id,
        periodo: "2020",
      });
      expect(r).toEqual({
        ok: false,
        message: "Su centro está inactivo en esta vigencia: no se abren reportes nuevos para él.",
      });
      expect(await prisma.reporte.count()).toBe(antes);
    } finally {
      await prisma.centroVigencia.update({ where: en2020, data: { activo: true } });
    }
  });

  it("un centro que no requiere recursos en la vigencia no abre su reporte de ejecución", async () => {
    const seguimiento = await seguimientoDe("EJECUCION_RECURSOS");
    const en2020 = { centroId_vigenciaId: { centroId: e.centroC.id, vigenciaId: e.vigencia.id } };
    await prisma.centroVigencia.update({ where: en2020, data: { requiereRecursos: false } });
    try {
      const antes = await prisma.reporte.count();
      const r = await iniciarReporte(e.actores.subdirectorC, {
        seguimientoId: seguimiento.id,
        periodo: "2020",
      });
      expect(r).toEqual({ ok: false, message: "Su centro no está obligado a presentar este reporte." });
      expect(await prisma.reporte.count()).toBe(antes);
    } finally {
      await prisma.centroVigencia.update({ where: en2020, data: { requiereRecursos: true } });
    }
  });

  it.each(["2020-T5", "2021-T1", "2020-S1", "abc"])(
    "un periodo que no corresponde (%s) se rechaza",
    async (periodo) => {
      const seguimiento = await seguimientoDe("TRAZABILIDAD_VENTAS");
      const r = await iniciarReporte(e.actores.subdirectorA, { seguimientoId: seguimiento.id, periodo });
      expect(r.ok).toBe(false);
    },
  );
});

async function borradorDe(quien: "subdirectorA" | "subdirectorB", periodo: string): Promise<number> {
  const seguimiento = await seguimientoDe("TRAZABILIDAD_VENTAS");
  const r = await iniciarReporte(e.actores[quien], { seguimientoId: seguimiento.id, periodo });
  if (!r.ok) throw new Error(r.message);
  return r.data.reporteId;
}

describe("guardar y enviar", () => {
  it("el subdirector guarda un borrador y luego lo envía; las cifras quedan exactas y auditadas", async () => {
    const id = await borradorDe("subdirectorA", "2020-T2");
    const guardado = await guardarReporte(e.actores.subdirectorA, {
      reporteId: id,
      version: 1,
      enviar: false,
      datos: trazabilidad,
    });
    expect(guardado).toEqual({ ok: true, data: { version: 2, estado: "BORRADOR" } });
    const enviado = await guardarReporte(e.actores.subdirectorA, {
      reporteId: id,
      version: 2,
      enviar: true,
      datos: trazabilidad,
    });
    expect(enviado).toEqual({ ok: true, data: { version: 3, estado: "ENVIADO" } });

    const reporte = await estadoDe(id);
    expect(reporte.estado).toBe("ENVIADO");
    expect(reporte.enviadoPorId).toBe(e.actores.subdirectorA.id);
    expect(reporte.primerEnvioEn).not.toBeNull();
    expect(reporte.trazabilidadVentas).toMatchObject({
      totalAprovechamientos: 1_000_000n,
      totalFacturadoDef: 900_000n,
      numeroDef: 14,
    });
    const eventos = await prisma.auditLog.findMany({ where: { reporteId: id }, orderBy: { id: "asc" } });
    expect(eventos.map((x) => x.accion)).toEqual(["CREAR", "EDITAR", "EDITAR", "ENVIAR"]);
    expect(eventos[1]?.despues).toMatchObject({ totalAprovechamientos: "1000000" });
    expect(eventos[3]).toMatchObject({
      actorId: e.actores.subdirectorA.id,
      antes: { estado: "BORRADOR" },
      despues: { estado: "ENVIADO" },
    });
  });

  it.each(["admin", "coordinador", "consulta", "subdirectorB", "subdirectorC"] as const)(
    "%s no puede guardar el borrador del centro A y nada cambia",
    async (quien) => {
      const id = await borradorDe("subdirectorA", "2020-T3");
      const antes = await estadoDe(id);
      const r = await guardarReporte(e.actores[quien], {
        reporteId: id,
        version: antes.version,
        enviar: true,
        datos: trazabilidad,
      });
      expect(r.ok).toBe(false);
      expect(await estadoDe(id)).toEqual(antes);
    },
  );

  it("guardar con una versión vieja (otra pestaña) se rechaza y conserva lo más reciente", async () => {
    const id = await borradorDe("subdirectorB", "2020-T3");
    const primera = await guardarReporte(e.actores.subdirectorB, {
      reporteId: id,
      version: 1,
      enviar: false,
      datos: trazabilidad,
    });
    expect(primera.ok).toBe(true);
    const vieja = await guardarReporte(e.actores.subdirectorB, {
      reporteId: id,
      version: 1,
      enviar: false,
      datos: { ...trazabilidad, totalAprovechamientos: "5" },
    });
    expect(vieja).toEqual({ ok: false, message: MENSAJE_VERSION_VIEJA });
    const reporte = await estadoDe(id);
    expect(reporte.version).toBe(2);
    expect(reporte.trazabilidadVentas?.totalAprovechamientos).toBe(1_000_000n);
  });

  it("un doble clic en Enviar no envía dos veces: el segundo se rechaza sin cambiar nada", async () => {
    const id = await borradorDe("subdirectorB", "2020-T4");
    const datos = { reporteId: id, version: 1, enviar: true, datos: trazabilidad };
    const [uno, dos] = [
      await guardarReporte(e.actores.subdirectorB, datos),
      await guardarReporte(e.actores.subdirectorB, datos),
    ];
    expect(uno.ok).toBe(true);
    expect(dos.ok).toBe(false);
    expect(await prisma.auditLog.count({ where: { reporteId: id, accion: "ENVIAR" } })).toBe(1);
  });

  it("un reporte enviado o aprobado no se puede modificar", async () => {
    const r = await guardarReporte(e.actores.subdirectorB, {
      reporteId: e.reporteB.id,
      version: 1,
      enviar: false,
      datos: trazabilidad,
    });
    expect(r).toMatchObject({ ok: false, message: "Este reporte está aprobado y ya no se puede modificar." });
  });

  it.each([
    [false, { totalAprovechamientos: "-5" }, "totalAprovechamientos", "El valor no puede ser negativo."],
    [
      false,
      { totalAprovechamientos: "12,5" },
      "totalAprovechamientos",
      "Escriba un valor en pesos, sin decimales: por ejemplo 1.250.000.",
    ],
    [false, { numeroDef: "muchos" }, "numeroDef", "Escriba un número entero, sin decimales."],
    [true, { pagosRecibidos: "" }, "pagosRecibidos", "Escriba «Pagos recibidos»."],
  ])(
    "enviar=%s: un dato inválido %j se señala en su campo y nada cambia",
    async (enviar, cambio, campo, mensaje) => {
      const id = await borradorDe("subdirectorB", "2020-T1");
      const antes = await estadoDe(id);
      const r = await guardarReporte(e.actores.subdirectorB, {
        reporteId: id,
        version: antes.version,
        enviar,
        datos: { ...trazabilidad, ...cambio },
      });
      expect(r.ok).toBe(false);
      expect(!r.ok && r.fieldErrors?.[campo]).toEqual([mensaje]);
      expect(await estadoDe(id)).toEqual(antes);
    },
  );

  it("datos de otro formulario (un campo oculto alterado) no se guardan: cuenta el formulario del reporte", async () => {
    const id = await borradorDe("subdirectorA", "2020-T3");
    const r = await guardarReporte(e.actores.subdirectorA, {
      reporteId: id,
      version: (await estadoDe(id)).version,
      enviar: false,
      datos: {
        tipo: "EJECUCION_RECURSOS",
        recursosSolicitados: "1",
        recursosAsignados: "1",
        recursosEjecutados: "1",
        registradoModuloPlanAccion: true,
      },
    });
    expect(r).toMatchObject({ ok: true });
    expect(await prisma.valorReporte.findMany({ where: { reporteId: id } })).toEqual([]);
    expect(await prisma.reporteEjecucionRecursos.findUnique({ where: { reporteId: id } })).toBeNull();
    const enviado = await guardarReporte(e.actores.subdirectorA, {
      reporteId: id,
      version: (await estadoDe(id)).version,
      enviar: true,
      datos: { tipo: "EJECUCION_RECURSOS", recursosSolicitados: "1" },
    });
    expect(enviado).toMatchObject({
      ok: false,
      fieldErrors: { totalAprovechamientos: ["Escriba «Total aprovechamientos (ventas)»."] },
    });
  });
});

describe("reporte de comité de precios", () => {
  it("no se envía sin el acta en PDF y rechaza una fecha fuera del periodo", async () => {
    const seguimiento = await seguimientoDe("COMITE_PRECIOS");
    const abierto = await iniciarReporte(e.actores.subdirectorA, {
      seguimientoId: seguimiento.id,
      periodo: "2020",
    });
    if (!abierto.ok) throw new Error(abierto.message);
    const base = { reporteId: abierto.data.reporteId, version: 1 };
    const datos = {
      tipo: "COMITE_PRECIOS",
      fechaActa: "2020-03-15",
      numeroActa: "001-2020",
      productosServiciosPreciados: "25",
    };

    const fuera = await guardarReporte(e.actores.subdirectorA, {
      ...base,
      enviar: true,
      datos: { ...datos, fechaActa: "2019-12-31" },
    });
    expect(!fuera.ok && fuera.fieldErrors?.fechaActa).toEqual([
      "«Fecha del acta» debe estar entre 2020-01-01 y 2020-12-31.",
    ]);

    const sinActa = await guardarReporte(e.actores.subdirectorA, { ...base, enviar: true, datos });
    expect(sinActa).toMatchObject({
      ok: false,
      message: "Adjunte «Acta del comité de precios» en PDF antes de enviar el reporte.",
    });
    expect((await prisma.reporte.findUniqueOrThrow({ where: { id: base.reporteId } })).estado).toBe(
      "BORRADOR",
    );

    const acta = new Uint8Array(await readFile(new URL("../fixtures/acta.pdf", import.meta.url)));
    const subida = await subirEvidencia(e.actores.subdirectorA, {
      reporteId: base.reporteId,
      archivo: new File([acta], "acta-comite.pdf", { type: "application/pdf" }),
    });
    expect(subida.ok).toBe(true);
    const enviado = await guardarReporte(e.actores.subdirectorA, { ...base, enviar: true, datos });
    expect(enviado).toMatchObject({ ok: true, data: { estado: "ENVIADO" } });
  });
});

describe("informe nacional de recaudo", () => {
  it("la suma por regional debe coincidir con el total", async () => {
    const seguimiento = await seguimientoDe("RECAUDO");
    const abierto = await iniciarReporte(e.actores.coordinador, {
      seguimientoId: seguimiento.id,
      periodo: "2020-S1",
    });
    if (!abierto.ok) throw new Error(abierto.message);
    const [regional] = await prisma.regional.findMany({ take: 1 });
    const r = await guardarReporte(e.actores.coordinador, {
      reporteId: abierto.data.reporteId,
      version: 1,
      enviar: true,
      datos: {
        tipo: "RECAUDO",
        recaudoFiscalizacion: "1.000",
        recaudoCobroPersuasivo: "500",
        aportantesNuevos: "3",
        smsEnviados: "10",
        correosEnviados: "20",
        analisis: "Análisis suficientemente largo del semestre.",
        regionales: [
          { regionalId: regional!.id, recaudoFiscalizacion: "900", recaudoCobroPersuasivo: "500" },
        ],
      },
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.fieldErrors?.recaudoFiscalizacion?.[0]).toMatch(
      /^La suma por regional no coincide con el total: difieren en \$\s100\.$/,
    );
  });
});
