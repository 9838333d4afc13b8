import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// The export and the page read the session from next-auth, which reads the browser's cookie: here
// the cookie jar is the test's, holding real session tokens signed with the test secret.
const navegador = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
const COOKIE = "next-auth.session-token";
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "192.0.2.10", "user-agent": "pruebas" }),
  cookies: async () => ({
    get: (nombre: string) =>
      navegador.cookies.has(nombre) ? { name: nombre, value: navegador.cookies.get(nombre) } : undefined,
    set: (nombre: string, valor: string) => navegador.cookies.set(nombre, valor),
  }),
}));
vi.mock("next-auth", async (original) => {
  const { decode } = await import("next-auth/jwt");
  return {
    ...(await original<typeof import("next-auth")>()),
    getServerSession: async () => {
      const token = await decode({
        token: navegador.cookies.get(COOKIE),
        secret: process.env.NEXTAUTH_SECRET!,
      });
      if (!token) return null;
      return { user: { id: token.uid, sid: token.sid, ver: token.ver, inicio: token.inicio } };
    },
  };
});

import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import AuditoriaPage from "@/app/(app)/admin/auditoria/page";
import { GET as exportar } from "@/app/(app)/admin/auditoria/exportar/route";
import { registroDeAuditoria, tablaDeAuditoria, type FilaAuditoria } from "@/features/auditoria/queries";
import { filtrosAuditoriaSchema } from "@/features/auditoria/schemas";
import type { Prisma } from "@/generated/prisma/client";
import { fechaEnBogota } from "@/lib/fechas";
import { AccesoDenegado } from "@/server/autorizacion";
import { db } from "@/server/db";
import { crearEscenario, type Escenario } from "../helpers/escenario";

const PREFIJO = "audlista";
const CHROME =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const FIREFOX = "Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0";
const INTRUSO = `intruso.${PREFIJO}@pruebas.test`;

let e: Escenario;
/** The events of this file by name, with their ids. */
const ev: Record<string, string> = {};

async function escribir(nombre: string, datos: Prisma.AuditLogUncheckedCreateInput) {
  const fila = await db().auditLog.create({ data: { requestId: `${PREFIJO}-${nombre}`, ...datos } });
  ev[nombre] = fila.id.toString();
}

beforeAll(async () => {
  e = await crearEscenario(PREFIJO);
  const { admin, coordinador, consulta } = e.actores;
  const correoDe = async (id: number) => (await db().user.findUniqueOrThrow({ where: { id } })).email;
  // Dates in 2019 (no other file writes audit events then), placed on the edges of Bogotá's days.
  await escribir("ingreso", {
    accion: "INGRESO",
    actorId: admin.id,
    entidad: "User",
    entidadId: String(admin.id),
    despues: { correo: await correoDe(admin.id) },
    ip: "203.0.113.41",
    userAgent: CHROME,
    createdAt: new Date("2019-03-01T04:59:59.999Z"), // 28 feb, 23:59:59 in Bogotá
  });
  await escribir("fallidoDesconocido", {
    accion: "INGRESO_FALLIDO",
    entidad: "User",
    entidadId: INTRUSO,
    despues: { correo: INTRUSO },
    ip: "203.0.113.42",
    userAgent: FIREFOX,
    createdAt: new Date("2019-03-01T05:00:00Z"), // 1 mar, 00:00 in Bogotá
  });
  await escribir("fallidoConocido", {
    accion: "INGRESO_FALLIDO",
    entidad: "User",
    entidadId: String(consulta.id),
    despues: { correo: await correoDe(consulta.id) },
    ip: "203.0.113.42",
    userAgent: CHROME,
    createdAt: new Date("2019-03-15T12:00:00Z"),
  });
  await escribir("edicion", {
    accion: "EDITAR",
    actorId: coordinador.id,
    entidad: "Reporte",
    entidadId: String(e.reporteA.id),
    reporteId: e.reporteA.id,
    antes: { numeroDef: 12, analisis: "Primera versión", comentarioRevision: null },
    despues: { numeroDef: 13, analisis: "Primera versión" },
    ip: "203.0.113.43",
    userAgent: CHROME,
    createdAt: new Date("2019-03-31T04:59:59Z"), // 30 mar, 23:59:59 in Bogotá
  });
  await escribir("salida", {
    accion: "SALIDA",
    actorId: admin.id,
    entidad: "User",
    entidadId: String(admin.id),
    despues: { sesion: "s-1" },
    ip: "203.0.113.41",
    userAgent: CHROME,
    createdAt: new Date("2019-03-31T05:00:00Z"), // 31 mar, 00:00 in Bogotá
  });
  await escribir("creacion", {
    accion: "CREAR",
    actorId: admin.id,
    entidad: "Centro",
    entidadId: String(e.centroC.id),
    despues: { codigo: `${PREFIJO}-C`, nombre: "Centro =HYPERLINK(1)" },
    ip: "203.0.113.410",
    createdAt: new Date("2019-04-02T15:00:00Z"),
  });
  // Written last but dated first: the log goes by date.
  await escribir("limitado", {
    accion: "INGRESO_LIMITADO",
    entidad: "User",
    entidadId: `limitado.${PREFIJO}@pruebas.test`,
    despues: { correo: `limitado.${PREFIJO}@pruebas.test`, esperaSegundos: 30 },
    ip: "203.0.113.44",
    createdAt: new Date("2019-01-10T15:00:00Z"),
  });
});

beforeEach(() => {
  navegador.cookies.clear();
});

const filtros = (parametros: Record<string, string> = {}) => filtrosAuditoriaSchema.parse(parametros);

async function ids(parametros: Record<string, string>): Promise<string[]> {
  const r = await registroDeAuditoria(e.actores.admin, filtros(parametros));
  return r.filas.map((f) => f.id);
}

const nombres = (...lista: string[]) => lista.map((n) => ev[n]!);
const EN_2019 = { desde: "2019-01-01", hasta: "2019-12-31" };

describe("el registro de auditoría filtra", () => {
  it("por fechas de Bogotá, ambas incluidas, del más reciente al más antiguo", async () => {
    expect(await ids({ desde: "2019-03-01", hasta: "2019-03-30" })).toEqual(
      nombres("edicion", "fallidoConocido", "fallidoDesconocido"),
    );
    expect(await ids({ desde: "2019-03-31", hasta: "2019-03-31" })).toEqual(nombres("salida"));
    expect(await ids({ desde: "2019-02-28", hasta: "2019-02-28" })).toEqual(nombres("ingreso"));
    // Given backwards, the range is the same.
    expect(await ids({ desde: "2019-03-30", hasta: "2019-03-01" })).toEqual(
      nombres("edicion", "fallidoConocido", "fallidoDesconocido"),
    );
  });

  it("por evento y por grupo de eventos", async () => {
    expect(await ids({ accion: "INGRESO_FALLIDO", ...EN_2019 })).toEqual(
      nombres("fallidoConocido", "fallidoDesconocido"),
    );
    expect(await ids({ grupo: "ingreso", ...EN_2019 })).toEqual(
      nombres("salida", "fallidoConocido", "fallidoDesconocido", "ingreso", "limitado"),
    );
    expect(await ids({ grupo: "cambios", ...EN_2019 })).toEqual(nombres("creacion", "edicion"));
    // A verb says its group, whatever the URL's group.
    expect(filtros({ accion: "EDITAR", grupo: "ingreso" }).grupo).toBe("cambios");
    expect(await ids({ accion: "EDITAR", grupo: "ingreso", ...EN_2019 })).toEqual(nombres("edicion"));
    // A verb the list does not know is no filter.
    expect(filtros({ accion: "BORRAR_TODO" }).accion).toBeUndefined();
  });

  it("por la cuenta: correo o nombre de quien actuó, o el correo escrito al fallar el ingreso", async () => {
    expect(await ids({ q: PREFIJO })).toEqual(
      nombres(
        "creacion",
        "salida",
        "edicion",
        "fallidoConocido",
        "fallidoDesconocido",
        "ingreso",
        "limitado",
      ),
    );
    expect(await ids({ q: `INTRUSO.${PREFIJO.toUpperCase()}` })).toEqual(nombres("fallidoDesconocido"));
    expect(await ids({ q: `consulta.${PREFIJO}` })).toEqual(nombres("fallidoConocido"));
    expect(await ids({ q: "Coordinador", ...EN_2019 })).toEqual(nombres("edicion"));
  });

  it("por dirección IP: exacta, o su comienzo con *", async () => {
    expect(await ids({ ip: "203.0.113.41" })).toEqual(nombres("salida", "ingreso"));
    expect(await ids({ ip: "203.0.113.41*" })).toEqual(nombres("creacion", "salida", "ingreso"));
    expect(await ids({ ip: "203.0.113.42", accion: "INGRESO_FALLIDO" })).toEqual(
      nombres("fallidoConocido", "fallidoDesconocido"),
    );
  });

  it("y presenta quién, sobre qué, desde dónde y qué cambió", async () => {
    const r = await registroDeAuditoria(e.actores.admin, filtros(EN_2019));
    const fila = (nombre: string) => r.filas.find((f) => f.id === ev[nombre]) as FilaAuditoria;
    expect(fila("fallidoDesconocido")).toMatchObject({
      evento: "Ingreso fallido",
      actor: null,
      correoEscrito: INTRUSO,
      entidad: `Cuenta ${INTRUSO}`,
      ip: "203.0.113.42",
      navegador: "Firefox 133 · Android",
      cambios: [],
    });
    expect(fila("edicion")).toMatchObject({
      evento: "Edición",
      actor: { nombre: "coordinador", email: `coordinador.${PREFIJO}@pruebas.test` },
      correoEscrito: null,
      entidad: `Reporte #${e.reporteA.id}`,
      reporteId: e.reporteA.id,
      navegador: "Chrome 131 · Windows",
      cambios: [{ campo: "Documentos equivalentes a factura emitidos", antes: "12", despues: "13" }],
    });
    expect(fila("salida")).toMatchObject({ evento: "Salida", cambios: [] });
    expect(fila("limitado")).toMatchObject({
      evento: "Ingreso frenado por intentos",
      correoEscrito: `limitado.${PREFIJO}@pruebas.test`,
      detalle: "Debe esperar 30 s",
      navegador: null,
    });
    expect(r.total).toBe(7);
    expect(r.paginas).toBe(1);
  });
});

/** What a login leaves in the browser: a session of the account's current version, begun now. */
async function ingresarComo(usuarioId: number) {
  const { version, rol, centroId } = await db().user.findUniqueOrThrow({ where: { id: usuarioId } });
  const token = await encode({
    token: {
      uid: String(usuarioId),
      rol,
      centroId,
      sid: `sesion-${usuarioId}-${Date.now()}`,
      ver: version,
      inicio: Date.now(),
    },
    secret: process.env.NEXTAUTH_SECRET!,
  });
  navegador.cookies.set(COOKIE, token);
}

function pedirExportacion(parametros: Record<string, string>) {
  const url = new URL("http://localhost/admin/auditoria/exportar");
  for (const [k, v] of Object.entries(parametros)) url.searchParams.set(k, v);
  return exportar(new NextRequest(url));
}

describe("solo un administrador ve y descarga la auditoría", () => {
  for (const quien of ["coordinador", "consulta", "subdirectorA"] as const) {
    it(`${quien}: las lecturas se niegan, la página y la descarga responden 404`, async () => {
      const actor = e.actores[quien];
      await expect(registroDeAuditoria(actor, filtros())).rejects.toBeInstanceOf(AccesoDenegado);
      await expect(tablaDeAuditoria(actor, filtros())).rejects.toBeInstanceOf(AccesoDenegado);
      await ingresarComo(actor.id);
      await expect(AuditoriaPage({ searchParams: Promise.resolve({}) })).rejects.toMatchObject({
        digest: expect.stringContaining("404"),
      });
      const respuesta = await pedirExportacion({ formato: "csv" });
      expect(respuesta.status).toBe(404);
      expect(await respuesta.text()).not.toContain("Registro");
    });
  }

  it("sin sesión la descarga también responde 404", async () => {
    expect((await pedirExportacion({ formato: "csv" })).status).toBe(404);
  });

  it("un administrador abre la página y descarga en CSV exactamente las filas filtradas", async () => {
    await ingresarComo(e.actores.admin.id);
    await expect(AuditoriaPage({ searchParams: Promise.resolve({ q: PREFIJO }) })).resolves.toBeTruthy();
    const respuesta = await pedirExportacion({
      formato: "csv",
      ip: "203.0.113.4*",
      desde: "2019-03-01",
      hasta: "2019-04-30",
      pagina: "3",
    });
    expect(respuesta.status).toBe(200);
    expect(respuesta.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(respuesta.headers.get("content-disposition")).toBe(
      `attachment; filename="auditoria-${fechaEnBogota(new Date())}.csv"`,
    );
    const texto = await respuesta.text();
    const consulta = `consulta.${PREFIJO}@pruebas.test`;
    const admin = `admin.${PREFIJO}@pruebas.test`;
    expect(texto.replace(/^\uFEFF/, "").split("\r\n")).toEqual([
      "Registro;Fecha y hora (Bogotá);Evento;Código del evento;Nombre;Correo;Sobre;Reporte;Dirección IP;Navegador;Antes → después",
      `${ev.creacion};2019-04-02 10:00:00;Creación;CREAR;admin;${admin};Centro #${e.centroC.id};;203.0.113.410;;"Código: vacío → ${PREFIJO}-C; Nombre: vacío → Centro =HYPERLINK(1)"`,
      `${ev.salida};2019-03-31 00:00:00;Salida;SALIDA;admin;${admin};Cuenta #${e.actores.admin.id};;203.0.113.41;"${CHROME}";`,
      `${ev.edicion};2019-03-30 23:59:59;Edición;EDITAR;coordinador;coordinador.${PREFIJO}@pruebas.test;Reporte #${e.reporteA.id};${e.reporteA.id};203.0.113.43;"${CHROME}";Documentos equivalentes a factura emitidos: 12 → 13`,
      `${ev.fallidoConocido};2019-03-15 07:00:00;Ingreso fallido;INGRESO_FALLIDO;;${consulta};Cuenta #${e.actores.consulta.id};;203.0.113.42;"${CHROME}";`,
      `${ev.fallidoDesconocido};2019-03-01 00:00:00;Ingreso fallido;INGRESO_FALLIDO;;${INTRUSO};Cuenta ${INTRUSO};;203.0.113.42;"${FIREFOX}";`,
      "",
    ]);
  });

  it("y en Excel, con un formato desconocido responde 404", async () => {
    await ingresarComo(e.actores.admin.id);
    const xlsx = await pedirExportacion({ formato: "xlsx", ip: "203.0.113.41" });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-disposition")).toMatch(/filename="auditoria-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const bytes = new Uint8Array(await xlsx.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe("PK");
    expect((await pedirExportacion({ formato: "pdf" })).status).toBe(404);
  });
});
