import { beforeAll, describe, expect, it } from "vitest";
import type { Alcance, EstadoReporte } from "@/generated/prisma/enums";
import { MENSAJE_NO_EXISTE, MENSAJE_VERSION_VIEJA } from "@/features/reportes/bloqueo";
import { guardarReporte } from "@/features/reportes/operaciones";
import {
  aprobar,
  devolver,
  mensajeEstadoInvalido,
  PREFIJO_REAPERTURA,
  reabrir,
} from "@/features/revision/operaciones";
import { colaDeRevision, opcionesDeFiltro, POR_PAGINA, tablaDeLaCola } from "@/features/revision/queries";
import { filtrosColaSchema, type FiltrosCola } from "@/features/revision/schemas";
import { ambitoDeCentro } from "@/lib/obligaciones";
import { AccesoDenegado, type Actor } from "@/server/autorizacion";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { declarada, crearEscenario, type Escenario } from "../helpers/escenario";

const SIN_PERMISO = "No tiene permiso para realizar esta operación.";
const COMENTARIO = "El total facturado con DEF no coincide con las ventas del trimestre.";
const MOTIVO = "La regional informó un error en las cifras aprobadas.";

const prisma = crearClientePrisma(process.env.DATABASE_URL!);
let e: Escenario;

interface Plan {
  anio: number;
  vigenciaId: number;
  accionId: number;
}

/** A vigencia of its own, so that no report created elsewhere can enter the queues under test. */
async function crearPlan(anio: number): Promise<Plan> {
  const vigencia = await prisma.vigencia.create({
    data: {
      anio,
      nombre: `Plan de Acción ${anio} (pruebas de revisión)`,
      temas: {
        create: {
          codigo: "9.9.9",
          nombre: "Tema de pruebas de revisión",
          orden: 1,
          lineamientos: {
            create: {
              texto: "Lineamiento de pruebas",
              orden: 1,
              acciones: {
                create: { texto: "Acción de pruebas", resultadoEsperado: "Reportes revisados", orden: 1 },
              },
            },
          },
        },
      },
    },
    include: { temas: { include: { lineamientos: { include: { acciones: true } } } } },
  });
  return { anio, vigenciaId: vigencia.id, accionId: vigencia.temas[0]!.lineamientos[0]!.acciones[0]!.id };
}

let plan: Plan;

beforeAll(async () => {
  e = await crearEscenario("revision");
  plan = await crearPlan(2041);
});

/** Each report gets its own seguimiento, so any number of them can share a centro and period. */
function nuevoSeguimiento(alcance: Alcance, { accionId, vigenciaId }: Plan) {
  const nacional = alcance === "NACIONAL";
  return prisma.seguimiento.create({
    data: {
      accionId,
      vigenciaId,
      herramienta: "INFORME",
      periodicidad: nacional ? "SEMESTRAL" : "TRIMESTRAL",
      alcance,
      ...declarada(nacional ? "RECAUDO" : "TRAZABILIDAD_VENTAS"),
      diasOportunidad: 15,
      observacion: "Seguimiento de pruebas de revisión",
    },
  });
}

interface OpcionesReporte {
  estado: EstadoReporte;
  alcance?: Alcance;
  centroId?: number;
  periodo?: string;
  enviadoEn?: Date;
  primerEnvioEn?: Date;
  comentarioRevision?: string;
  en?: Plan;
}

async function nuevoReporte(o: OpcionesReporte) {
  const alcance = o.alcance ?? "POR_CENTRO";
  const en = o.en ?? plan;
  const seguimiento = await nuevoSeguimiento(alcance, en);
  const centroId = alcance === "NACIONAL" ? null : (o.centroId ?? e.centroA.id);
  const autor =
    centroId === null
      ? e.actores.coordinador
      : centroId === e.centroB.id
        ? e.actores.subdirectorB
        : e.actores.subdirectorA;
  const enviadoEn = o.estado === "BORRADOR" ? null : (o.enviadoEn ?? new Date(`${en.anio}-04-10T15:00:00Z`));
  return prisma.reporte.create({
    data: {
      seguimientoId: seguimiento.id,
      vigenciaId: en.vigenciaId,
      tipo: seguimiento.tipoReporte!,
      periodo: o.periodo ?? (centroId === null ? `${en.anio}-S1` : `${en.anio}-T1`),
      centroId,
      ambito: ambitoDeCentro(centroId),
      estado: o.estado,
      version: 3,
      creadoPorId: autor.id,
      enviadoPorId: enviadoEn ? autor.id : null,
      enviadoEn,
      primerEnvioEn: enviadoEn ? (o.primerEnvioEn ?? enviadoEn) : null,
      comentarioRevision: o.comentarioRevision ?? null,
    },
  });
}

function leer(id: number) {
  return prisma.reporte.findUniqueOrThrow({ where: { id } });
}

function eventos(id: number) {
  return prisma.auditLog.findMany({ where: { reporteId: id }, orderBy: { id: "asc" } });
}

const OPERACIONES = {
  aprobar: { operacion: aprobar, desde: "ENVIADO", extra: {} },
  devolver: { operacion: devolver, desde: "ENVIADO", extra: { comentario: COMENTARIO } },
  reabrir: { operacion: reabrir, desde: "APROBADO", extra: { motivo: MOTIVO } },
} as const;
type NombreOperacion = keyof typeof OPERACIONES;

function ejecutar(nombre: NombreOperacion, actor: Actor, reporte: { id: number; version: number }) {
  const { operacion, extra } = OPERACIONES[nombre];
  return operacion(actor, { reporteId: reporte.id, version: reporte.version, ...extra });
}

describe("quién decide sobre un reporte", () => {
  type Quien = keyof Escenario["actores"];
  const quienes: Quien[] = ["admin", "coordinador", "consulta", "subdirectorA", "subdirectorB"];
  const permitidos: [NombreOperacion, Alcance, Quien[]][] = [
    ["aprobar", "POR_CENTRO", ["coordinador"]],
    ["devolver", "POR_CENTRO", ["coordinador"]],
    ["reabrir", "POR_CENTRO", ["admin"]],
    ["aprobar", "NACIONAL", ["admin"]],
    ["devolver", "NACIONAL", ["admin"]],
    ["reabrir", "NACIONAL", ["admin"]],
  ];
  const casos = permitidos.flatMap(([operacion, alcance, si]) =>
    quienes.map((quien) => [operacion, alcance, quien, si.includes(quien)] as const),
  );

  it.each(casos)("%s un reporte %s como %s: permitido=%s", async (nombre, alcance, quien, permitido) => {
    const reporte = await nuevoReporte({ estado: OPERACIONES[nombre].desde, alcance });
    const resultado = await ejecutar(nombre, e.actores[quien], reporte);
    if (permitido) {
      expect(resultado.ok).toBe(true);
      return;
    }
    // Whoever may not even see the report is told it does not exist, as for an unknown id.
    const loVe = !quien.startsWith("subdirector") || (alcance === "POR_CENTRO" && quien === "subdirectorA");
    expect(resultado).toEqual({ ok: false, message: loVe ? SIN_PERMISO : MENSAJE_NO_EXISTE });
    expect(await leer(reporte.id)).toEqual(reporte);
    expect(await eventos(reporte.id)).toEqual([]);
  });

  it("a quien no puede ver el reporte se le responde igual que a un id que no existe", async () => {
    const ajeno = await nuevoReporte({ estado: "ENVIADO" });
    const inexistente = { id: 2_000_000_000, version: 1 };
    for (const nombre of ["aprobar", "devolver"] as const) {
      const aAjeno = await ejecutar(nombre, e.actores.subdirectorB, ajeno);
      const aInexistente = await ejecutar(nombre, e.actores.subdirectorB, inexistente);
      expect(aAjeno).toEqual({ ok: false, message: MENSAJE_NO_EXISTE });
      expect(aInexistente).toEqual(aAjeno);
    }
  });

  it("el coordinador no aprueba su propio informe nacional de recaudo", async () => {
    const informe = await nuevoReporte({ estado: "ENVIADO", alcance: "NACIONAL" });
    expect(informe.enviadoPorId).toBe(e.actores.coordinador.id);
    expect(await ejecutar("aprobar", e.actores.coordinador, informe)).toEqual({
      ok: false,
      message: SIN_PERMISO,
    });
  });
});

describe("el ciclo de revisión", () => {
  it("devolver, corregir y reenviar, aprobar y reabrir dejan cada vez el estado, el revisor y el comentario", async () => {
    const reporte = await nuevoReporte({ estado: "ENVIADO" });

    const devuelto = await devolver(e.actores.coordinador, {
      reporteId: reporte.id,
      version: 3,
      comentario: `   ${COMENTARIO}  `,
    });
    expect(devuelto).toEqual({ ok: true, data: { reporteId: reporte.id, version: 4, estado: "DEVUELTO" } });
    const trasDevolver = await leer(reporte.id);
    expect(trasDevolver).toMatchObject({
      estado: "DEVUELTO",
      comentarioRevision: COMENTARIO,
      revisadoPorId: e.actores.coordinador.id,
    });
    expect(trasDevolver.revisadoEn).toBeInstanceOf(Date);

    const reenviado = await guardarReporte(e.actores.subdirectorA, {
      reporteId: reporte.id,
      version: 4,
      enviar: true,
      datos: {
        tipo: "TRAZABILIDAD_VENTAS",
        totalAprovechamientos: "1.000.000",
        totalFacturadoDef: "1.000.000",
        numeroDef: "10",
        pagosRecibidos: "900.000",
      },
    });
    expect(reenviado).toEqual({ ok: true, data: { version: 5, estado: "ENVIADO" } });

    const aprobado = await aprobar(e.actores.coordinador, { reporteId: reporte.id, version: 5 });
    expect(aprobado).toEqual({ ok: true, data: { reporteId: reporte.id, version: 6, estado: "APROBADO" } });
    expect(await leer(reporte.id)).toMatchObject({ estado: "APROBADO", comentarioRevision: null });

    const reabierto = await reabrir(e.actores.admin, { reporteId: reporte.id, version: 6, motivo: MOTIVO });
    expect(reabierto).toEqual({ ok: true, data: { reporteId: reporte.id, version: 7, estado: "DEVUELTO" } });
    expect(await leer(reporte.id)).toMatchObject({
      estado: "DEVUELTO",
      comentarioRevision: `${PREFIJO_REAPERTURA}${MOTIVO}`,
      revisadoPorId: e.actores.admin.id,
    });

    const acciones = (await eventos(reporte.id)).map((ev) => ev.accion);
    expect(acciones).toEqual(["DEVOLVER", "EDITAR", "ENVIAR", "APROBAR", "REABRIR"]);
  });

  const invalidas: [NombreOperacion, EstadoReporte, string][] = [
    ["aprobar", "BORRADOR", "todavía es un borrador"],
    ["aprobar", "APROBADO", "ya fue aprobado"],
    ["aprobar", "DEVUELTO", "ya fue devuelto"],
    ["devolver", "BORRADOR", "todavía es un borrador"],
    ["devolver", "APROBADO", "ya fue aprobado"],
    ["devolver", "DEVUELTO", "ya fue devuelto"],
    ["reabrir", "BORRADOR", "todavía es un borrador"],
    ["reabrir", "ENVIADO", "ya fue enviado"],
    ["reabrir", "DEVUELTO", "ya fue devuelto"],
  ];

  it.each(invalidas)("%s un reporte %s se rechaza diciendo que %s", async (nombre, estado, dice) => {
    const reporte = await nuevoReporte({ estado });
    const actor = nombre === "reabrir" ? e.actores.admin : e.actores.coordinador;
    const resultado = await ejecutar(nombre, actor, reporte);
    expect(resultado).toEqual({
      ok: false,
      message: mensajeEstadoInvalido(estado, nombre.toUpperCase() as "APROBAR" | "DEVOLVER" | "REABRIR"),
    });
    expect(!resultado.ok && resultado.message).toContain(`Este reporte ${dice}`);
    expect(await leer(reporte.id)).toEqual(reporte);
    expect(await eventos(reporte.id)).toEqual([]);
  });

  it("un reporte que no existe se rechaza sin revelar nada", async () => {
    expect(await aprobar(e.actores.coordinador, { reporteId: 2_000_000_000, version: 1 })).toEqual({
      ok: false,
      message: "El reporte no existe o usted no tiene acceso a él.",
    });
  });
});

describe("dos decisiones sobre la misma versión", () => {
  it("una versión vieja se rechaza y el reporte queda como estaba", async () => {
    const reporte = await nuevoReporte({ estado: "ENVIADO" });
    const resultado = await devolver(e.actores.coordinador, {
      reporteId: reporte.id,
      version: reporte.version - 1,
      comentario: COMENTARIO,
    });
    expect(resultado).toEqual({ ok: false, message: MENSAJE_VERSION_VIEJA });
    expect(await leer(reporte.id)).toEqual(reporte);
    expect(await eventos(reporte.id)).toEqual([]);
  });

  it("un doble clic en aprobar aprueba una sola vez y el segundo explica que ya fue aprobado", async () => {
    const reporte = await nuevoReporte({ estado: "ENVIADO" });
    expect((await ejecutar("aprobar", e.actores.coordinador, reporte)).ok).toBe(true);
    expect(await ejecutar("aprobar", e.actores.coordinador, reporte)).toEqual({
      ok: false,
      message: mensajeEstadoInvalido("APROBADO", "APROBAR"),
    });
    expect((await leer(reporte.id)).version).toBe(reporte.version + 1);
    expect((await eventos(reporte.id)).map((ev) => ev.accion)).toEqual(["APROBAR"]);
  });

  it("aprobar y devolver a la vez: gana una sola decisión y la otra no cambia nada", async () => {
    const reporte = await nuevoReporte({ estado: "ENVIADO" });
    const [aprobado, devuelto] = await Promise.all([
      ejecutar("aprobar", e.actores.coordinador, reporte),
      ejecutar("devolver", e.actores.coordinador, reporte),
    ]);
    expect([aprobado.ok, devuelto.ok].filter(Boolean)).toHaveLength(1);
    const final = await leer(reporte.id);
    expect(final.estado).toBe(aprobado.ok ? "APROBADO" : "DEVUELTO");
    expect(final.version).toBe(reporte.version + 1);
    expect(await eventos(reporte.id)).toHaveLength(1);
    const [perdedor, decision] = aprobado.ok
      ? [devuelto, "DEVOLVER" as const]
      : [aprobado, "APROBAR" as const];
    expect([MENSAJE_VERSION_VIEJA, mensajeEstadoInvalido(final.estado, decision)]).toContain(
      !perdedor.ok && perdedor.message,
    );
  });
});

describe("el comentario de devolución y el motivo de reapertura", () => {
  it.each([
    ["que falta", undefined, "Escriba el comentario para el responsable."],
    ["vacío", "", "Escriba el comentario para el responsable."],
    ["solo espacios", "      ", "Escriba el comentario para el responsable."],
    ["de nueve letras", "Revisar!!", "Escriba al menos 10 caracteres para que se entienda qué corregir."],
    ["de más de 2.000 caracteres", "a".repeat(2001), "No puede superar 2.000 caracteres."],
  ])("un comentario %s se rechaza junto al campo", async (_caso, comentario, mensaje) => {
    const reporte = await nuevoReporte({ estado: "ENVIADO" });
    const resultado = await devolver(e.actores.coordinador, {
      reporteId: reporte.id,
      version: reporte.version,
      comentario,
    });
    expect(resultado.ok).toBe(false);
    expect(!resultado.ok && resultado.fieldErrors).toEqual({ comentario: [mensaje] });
    expect(await leer(reporte.id)).toEqual(reporte);
  });

  it("reabrir sin motivo se rechaza junto al campo", async () => {
    const reporte = await nuevoReporte({ estado: "APROBADO" });
    const resultado = await reabrir(e.actores.admin, {
      reporteId: reporte.id,
      version: reporte.version,
      motivo: " ",
    });
    expect(!resultado.ok && resultado.fieldErrors).toEqual({
      motivo: ["Escriba el motivo de la reapertura."],
    });
  });
});

describe("la auditoría de las decisiones", () => {
  it("devolver registra quién, el estado y el comentario antes y después", async () => {
    const reporte = await nuevoReporte({ estado: "ENVIADO" });
    await ejecutar("devolver", e.actores.coordinador, reporte);
    const [evento] = await eventos(reporte.id);
    expect(evento).toMatchObject({
      actorId: e.actores.coordinador.id,
      accion: "DEVOLVER",
      entidad: "Reporte",
      entidadId: String(reporte.id),
      antes: { estado: "ENVIADO", comentarioRevision: null },
      despues: { estado: "DEVUELTO", comentarioRevision: COMENTARIO },
    });
    expect(evento?.requestId).toEqual(expect.any(String));
  });

  it("aprobar borra el comentario de la última devolución, que queda en el historial", async () => {
    const reporte = await nuevoReporte({ estado: "ENVIADO", comentarioRevision: COMENTARIO });
    await ejecutar("aprobar", e.actores.coordinador, reporte);
    const [evento] = await eventos(reporte.id);
    expect(evento).toMatchObject({
      accion: "APROBAR",
      antes: { estado: "ENVIADO", comentarioRevision: COMENTARIO },
      despues: { estado: "APROBADO", comentarioRevision: null },
    });
  });

  it("reabrir registra al administrador y el motivo con su prefijo", async () => {
    const reporte = await nuevoReporte({ estado: "APROBADO" });
    await ejecutar("reabrir", e.actores.admin, reporte);
    const [evento] = await eventos(reporte.id);
    expect(evento).toMatchObject({
      actorId: e.actores.admin.id,
      accion: "REABRIR",
      antes: { estado: "APROBADO", comentarioRevision: null },
      despues: { estado: "DEVUELTO", comentarioRevision: `${PREFIJO_REAPERTURA}${MOTIVO}` },
    });
  });
});

describe("la cola de revisión", () => {
  const ANIO = 2042;
  let cola: Plan;
  let aTiempo: { id: number };
  let tarde: { id: number };
  let nacional: { id: number };

  function filtros(valores: Record<string, unknown> = {}, anio = ANIO): FiltrosCola {
    return filtrosColaSchema.parse({ vigencia: String(anio), ...valores });
  }

  async function idsDe(actor: Actor, valores: Record<string, unknown> = {}, anio = ANIO) {
    return (await colaDeRevision(actor, filtros(valores, anio))).filas.map((f) => f.id);
  }

  beforeAll(async () => {
    cola = await crearPlan(ANIO);
    // Sent at 11:30 p. m. in Bogotá on the last day: on time, although in UTC it is the next day.
    aTiempo = await nuevoReporte({
      en: cola,
      estado: "ENVIADO",
      centroId: e.centroA.id,
      periodo: `${ANIO}-T1`,
      enviadoEn: new Date(`${ANIO}-04-16T04:30:00Z`),
    });
    // First sent 10 days late, then returned and sent again: lateness counts from the first one.
    tarde = await nuevoReporte({
      en: cola,
      estado: "ENVIADO",
      centroId: e.centroB.id,
      periodo: `${ANIO}-T2`,
      primerEnvioEn: new Date(`${ANIO}-07-25T15:00:00Z`),
      enviadoEn: new Date(`${ANIO}-08-01T15:00:00Z`),
    });
    nacional = await nuevoReporte({ en: cola, estado: "ENVIADO", alcance: "NACIONAL" });
    for (const estado of ["BORRADOR", "APROBADO", "DEVUELTO"] as const) {
      await nuevoReporte({ en: cola, estado, periodo: `${ANIO}-T2` });
    }
  });

  it("el coordinador ve solo los reportes enviados de los centros, primero el que más lleva esperando", async () => {
    const resultado = await colaDeRevision(e.actores.coordinador, filtros());
    expect(resultado.filas.map((f) => f.id)).toEqual([aTiempo.id, tarde.id]);
    expect(resultado).toMatchObject({ total: 2, pagina: 1, paginas: 1 });
    expect(resultado.porTipo).toEqual([{ tipo: "TRAZABILIDAD_VENTAS", cantidad: 2 }]);
    expect(resultado.periodos.map((p) => p.codigo)).toEqual([`${ANIO}-T1`, `${ANIO}-T2`]);
    expect(resultado.filas[0]).toMatchObject({
      centro: e.centroA.nombre,
      tipo: "TRAZABILIDAD_VENTAS",
      oportunidad: { tipo: "ENVIADO_A_TIEMPO" },
    });
    expect(resultado.filas[0]?.periodo.etiqueta).toBe(`Trimestre 1 de ${ANIO}`);
    expect(resultado.filas[1]).toMatchObject({
      centro: e.centroB.nombre,
      oportunidad: { tipo: "ENVIADO_TARDE", diasAtraso: 10 },
    });
  });

  it("la cola se descarga entera con sus filtros, con las mismas filas en el mismo orden", async () => {
    const tabla = await tablaDeLaCola(e.actores.coordinador, filtros(), `${ANIO}-12-31`);
    expect(tabla.filas.map((f) => f.enlace)).toEqual([`/reportes/${aTiempo.id}`, `/reportes/${tarde.id}`]);
    expect(tabla.filas[0]).toMatchObject({
      reporte: "Trazabilidad de ventas (DEF)",
      periodo: `Trimestre 1 de ${ANIO}`,
      centro: e.centroA.nombre,
      oportunidad: "Enviado a tiempo",
      justificada: "No",
    });
    expect(tabla.filas[1]).toMatchObject({
      centro: e.centroB.nombre,
      oportunidad: "Enviado con 10 días de atraso",
    });
    const soloB = await tablaDeLaCola(
      e.actores.coordinador,
      filtros({ regional: String(e.centroB.regionalId) }),
    );
    expect(soloB.filas.map((f) => f.enlace)).toEqual([`/reportes/${tarde.id}`]);
    // Whoever has no queue has no download either.
    await expect(tablaDeLaCola(e.actores.subdirectorA, filtros())).rejects.toBeInstanceOf(AccesoDenegado);
    await expect(tablaDeLaCola(e.actores.consulta, filtros())).rejects.toBeInstanceOf(AccesoDenegado);
  });

  it("el administrador ve solo los informes nacionales, que le toca revisar, sin filtro de regional", async () => {
    const resultado = await colaDeRevision(e.actores.admin, filtros());
    expect(resultado.filas.map((f) => f.id)).toEqual([nacional.id]);
    expect(resultado.filas[0]).toMatchObject({ centro: null, regional: null, tipo: "RECAUDO" });
    expect(resultado.tipos).toEqual(["RECAUDO"]);
    expect((await opcionesDeFiltro(e.actores.admin)).regionales).toEqual([]);
    expect((await opcionesDeFiltro(e.actores.coordinador)).regionales).toHaveLength(33);
  });

  it("filtra por tipo, periodo y regional; los conteos por tipo no dependen del tipo elegido", async () => {
    const deComite = await colaDeRevision(e.actores.coordinador, filtros({ tipo: "COMITE_PRECIOS" }));
    expect(deComite).toMatchObject({ filas: [], total: 0 });
    expect(deComite.porTipo).toEqual([{ tipo: "TRAZABILIDAD_VENTAS", cantidad: 2 }]);
    expect(deComite.tipos).toEqual(["TRAZABILIDAD_VENTAS", "COMITE_PRECIOS"]);
    const coordinador = e.actores.coordinador;
    expect(await idsDe(coordinador, { tipo: "TRAZABILIDAD_VENTAS" })).toEqual([aTiempo.id, tarde.id]);
    expect(await idsDe(coordinador, { periodo: `${ANIO}-T2` })).toEqual([tarde.id]);
    expect(await idsDe(coordinador, { regional: String(e.centroA.regionalId) })).toEqual([aTiempo.id]);
    expect(await idsDe(e.actores.admin, { regional: String(e.centroA.regionalId) })).toEqual([]);
  });

  it("un periodo elegido sin pendientes sigue entre las opciones del filtro", async () => {
    const resultado = await colaDeRevision(e.actores.coordinador, filtros({ periodo: `${ANIO}-T4` }));
    expect(resultado.filas).toEqual([]);
    expect(resultado.periodos.map((p) => p.codigo)).toEqual([`${ANIO}-T1`, `${ANIO}-T2`, `${ANIO}-T4`]);
  });

  it("sin vigencia elegida muestra los pendientes de todas las vigencias", async () => {
    const resultado = await colaDeRevision(
      e.actores.coordinador,
      filtrosColaSchema.parse({ periodo: "2020-T1", regional: String(e.centroA.regionalId) }),
    );
    expect(resultado.filas.map((f) => f.id)).toContain(e.reporteA.id);
  });

  it("un reporte aprobado sale de la cola", async () => {
    const otra = await crearPlan(2043);
    const reporte = await nuevoReporte({ en: otra, estado: "ENVIADO" });
    expect(await idsDe(e.actores.coordinador, {}, 2043)).toEqual([reporte.id]);
    await ejecutar("aprobar", e.actores.coordinador, reporte);
    expect(await idsDe(e.actores.coordinador, {}, 2043)).toEqual([]);
  });

  it(`pagina de ${POR_PAGINA} en ${POR_PAGINA}, sin repetir ni saltar reportes`, async () => {
    const otra = await crearPlan(2044);
    const creados: number[] = [];
    for (let i = 0; i < POR_PAGINA + 5; i++) {
      const enviadoEn = new Date(Date.UTC(2044, 9, 1, 12, i));
      creados.push((await nuevoReporte({ en: otra, estado: "ENVIADO", enviadoEn })).id);
    }
    const primera = await colaDeRevision(e.actores.coordinador, filtros({}, 2044));
    expect(primera).toMatchObject({ total: POR_PAGINA + 5, pagina: 1, paginas: 2 });
    expect(primera.filas).toHaveLength(POR_PAGINA);
    const segunda = await colaDeRevision(e.actores.coordinador, filtros({ pagina: "2" }, 2044));
    expect(segunda.filas).toHaveLength(5);
    expect([...primera.filas, ...segunda.filas].map((f) => f.id)).toEqual(creados);
    const fuera = await colaDeRevision(e.actores.coordinador, filtros({ pagina: "9" }, 2044));
    expect(fuera.pagina).toBe(2);
  });

  it.each(["subdirectorA", "consulta"] as const)("el rol %s no puede ver la cola", async (quien) => {
    await expect(colaDeRevision(e.actores[quien], filtros())).rejects.toBeInstanceOf(AccesoDenegado);
  });
});
