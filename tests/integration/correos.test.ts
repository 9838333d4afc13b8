import { spawnSync } from "node:child_process";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reintentarCorreo } from "@/features/correos/operaciones";
import { enviarCorreo } from "@/features/correos/envio";
import { notificar } from "@/features/notificaciones/crear";
import { ConfiguracionSmtpInvalida, configuracionSmtp, crearTransporte } from "@/server/correo";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { iniciarTrabajador, type Trabajador } from "../../scripts/cola/trabajador";
import { crearEscenario, type Escenario } from "../helpers/escenario";

const prisma = crearClientePrisma(process.env.DATABASE_URL!);
let e: Escenario;

/** A real SMTP server on loopback that keeps what it receives and can be told to refuse. */
class ServidorSmtp {
  recibidos: ParsedMail[] = [];
  rechazar = false;
  private servidor = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData: (stream, _session, callback) => {
      if (this.rechazar) {
        stream.resume();
        stream.on("end", () => {
          const error = new Error("Mailbox temporarily unavailable") as Error & { responseCode: number };
          error.responseCode = 451;
          callback(error);
        });
        return;
      }
      simpleParser(stream)
        .then((correo) => {
          this.recibidos.push(correo);
          callback();
        })
        .catch(callback);
    },
  });

  url = "";

  async iniciar(): Promise<void> {
    await new Promise<void>((resolve) => this.servidor.listen(0, "127.0.0.1", resolve));
    const { port } = this.servidor.server.address() as AddressInfo;
    this.url = `smtp://127.0.0.1:${port}`;
  }

  detener(): Promise<void> {
    return new Promise((resolve) => this.servidor.close(() => resolve()));
  }

  para(direccion: string): ParsedMail[] {
    return this.recibidos.filter((c) => c.to && !Array.isArray(c.to) && c.to.text === direccion);
  }
}

const smtp = new ServidorSmtp();

beforeAll(async () => {
  e = await crearEscenario("correos");
  await smtp.iniciar();
});

afterAll(async () => {
  await smtp.detener();
  await prisma.$disconnect();
});

async function usuario(id: number) {
  return prisma.user.findUniqueOrThrow({ where: { id }, select: { id: true, email: true, nombre: true } });
}

/** One mandatory notification (it always carries an e-mail) for the user; returns its message's id. */
async function correoPara(usuarioId: number, titulo: string): Promise<number> {
  await prisma.$transaction((tx) =>
    notificar(tx, [
      {
        usuarioId,
        tipo: "REPORTE_DEVUELTO",
        titulo,
        mensaje: "El coordinador devolvió el reporte con este comentario:\n\n«Revise el total facturado.»",
        enlace: `/reportes/${e.reporteA.id}`,
        reporteId: e.reporteA.id,
      },
    ]),
  );
  const correo = await prisma.correo.findFirstOrThrow({
    where: { usuarioId, asunto: { contains: titulo } },
    orderBy: { id: "desc" },
  });
  return correo.id;
}

function envio() {
  const config = configuracionSmtp({ SMTP_URL: smtp.url });
  if (!config) throw new Error("Falta la configuración SMTP de la prueba");
  return { transporte: crearTransporte(config), remitente: config.remitente };
}

async function esperar<T>(leer: () => Promise<T>, listo: (valor: T) => boolean, ms = 30_000): Promise<T> {
  const limite = Date.now() + ms;
  for (;;) {
    const valor = await leer();
    if (listo(valor) || Date.now() > limite) return valor;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("envío de un correo de la bandeja de salida", () => {
  it("llega al servidor SMTP con destinatario, asunto, texto y HTML con el enlace al reporte", async () => {
    const sub = await usuario(e.actores.subdirectorA.id);
    const id = await correoPara(sub.id, "Reporte devuelto: prueba de llegada");
    expect(await enviarCorreo(prisma, id, envio(), 1)).toBe("ENVIADO");

    const [llegado] = smtp.para(sub.email);
    expect(llegado?.subject).toBe("[Plan de Acción] Reporte devuelto: prueba de llegada");
    expect(llegado?.from?.text).toContain("no-responder@sena.edu.co");
    expect(llegado?.text).toContain(`Hola, ${sub.nombre}:`);
    expect(llegado?.text).toContain("«Revise el total facturado.»");
    expect(llegado?.text).toContain(`http://localhost:3000/reportes/${e.reporteA.id}`);
    expect(llegado?.html).toContain(`href="http://localhost:3000/reportes/${e.reporteA.id}"`);
    expect(llegado?.headers.get("x-plan-accion-correo")).toBe(String(id));

    const fila = await prisma.correo.findUniqueOrThrow({ where: { id } });
    expect(fila).toMatchObject({ estado: "ENVIADO", intentos: 1, ultimoError: null });
    expect(fila.enviadoEn).toBeInstanceOf(Date);
    // Sending it again (a duplicated job) does not send it twice.
    expect(await enviarCorreo(prisma, id, envio(), 2)).toBe("YA_ENVIADO");
    expect(smtp.para(sub.email)).toHaveLength(1);
  });

  it("si el servidor lo rechaza, el correo queda como fallido con el error y el intento, y se envía al reintentar", async () => {
    const sub = await usuario(e.actores.subdirectorB.id);
    const id = await correoPara(sub.id, "Reporte devuelto: servidor que rechaza");
    smtp.rechazar = true;
    try {
      await expect(enviarCorreo(prisma, id, envio(), 1)).rejects.toThrow(
        /451 Mailbox temporarily unavailable/,
      );
    } finally {
      smtp.rechazar = false;
    }
    const fallido = await prisma.correo.findUniqueOrThrow({ where: { id } });
    expect(fallido).toMatchObject({ estado: "FALLIDO", intentos: 1, enviadoEn: null });
    expect(fallido.ultimoError).toMatch(/Mailbox temporarily unavailable/);
    expect(smtp.para(sub.email)).toHaveLength(0);

    expect(await enviarCorreo(prisma, id, envio(), 2)).toBe("ENVIADO");
    expect(await prisma.correo.findUniqueOrThrow({ where: { id } })).toMatchObject({
      estado: "ENVIADO",
      intentos: 2,
      ultimoError: null,
    });
    expect(smtp.para(sub.email).map((c) => c.subject)).toEqual([
      "[Plan de Acción] Reporte devuelto: servidor que rechaza",
    ]);
  });

  it("sin SMTP configurado el correo no sale del servidor: queda retenido en la bandeja", async () => {
    const id = await correoPara(e.actores.coordinador.id, "Reporte devuelto: sin SMTP");
    const antes = smtp.recibidos.length;
    expect(await enviarCorreo(prisma, id, null, 1)).toBe("RETENIDO");
    expect(await prisma.correo.findUniqueOrThrow({ where: { id } })).toMatchObject({ estado: "RETENIDO" });
    expect(smtp.recibidos).toHaveLength(antes);
  });
});

describe("el trabajador de la cola", () => {
  let trabajador: Trabajador | undefined;

  afterAll(async () => {
    await trabajador?.detener();
  });

  it("envía lo que se encola, reintenta con espera cuando el servidor rechaza y lo entrega una sola vez cuando vuelve", async () => {
    const admin = await usuario(e.actores.admin.id);
    smtp.rechazar = true;
    const id = await correoPara(admin.id, "Reporte devuelto: cola con reintento");
    // Jobs left by the files that ran before (their e-mails) are not this test's: out of the way.
    await prisma.$executeRaw`
      SELECT graphile_worker.complete_jobs(ARRAY(
        SELECT id FROM graphile_worker.jobs WHERE key IS DISTINCT FROM ${`correo:${id}`}
      ))`;
    trabajador = await iniciarTrabajador({
      connectionString: process.env.DATABASE_URL!,
      env: { SMTP_URL: smtp.url },
      crontab: "",
      pollInterval: 250,
    });

    const fallido = await esperar(
      () => prisma.correo.findUniqueOrThrow({ where: { id } }),
      (c) => c.estado === "FALLIDO",
    );
    expect(fallido).toMatchObject({ estado: "FALLIDO", intentos: 1 });
    // The worker records the failure on its job just after the task marks the e-mail: wait for it.
    const [trabajo] = await esperar(
      () =>
        prisma.$queryRaw<{ attempts: number; run_at: Date; last_error: string | null }[]>`
          SELECT attempts, run_at, last_error FROM graphile_worker.jobs WHERE key = ${`correo:${id}`}`,
      (filas) => filas[0]?.last_error != null,
    );
    expect(trabajo?.attempts).toBe(1);
    // Exponential backoff: the next try is scheduled in the future, not at once.
    expect(trabajo!.run_at.getTime()).toBeGreaterThan(Date.now() - 1_000);
    expect(trabajo?.last_error).toMatch(/Mailbox temporarily unavailable/);

    smtp.rechazar = false;
    const enviado = await esperar(
      () => prisma.correo.findUniqueOrThrow({ where: { id } }),
      (c) => c.estado === "ENVIADO",
    );
    expect(enviado).toMatchObject({ estado: "ENVIADO", intentos: 2, ultimoError: null });
    expect(
      smtp
        .para(admin.email)
        .filter((c) => c.subject === "[Plan de Acción] Reporte devuelto: cola con reintento"),
    ).toHaveLength(1);
    const pendientes = await prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE key = ${`correo:${id}`}`;
    expect(pendientes[0]?.n).toBe(0);
  }, 60_000);
});

describe("reintentar un envío fallido desde la administración", () => {
  async function fallido(titulo: string): Promise<number> {
    const id = await correoPara(e.actores.consulta.id, titulo);
    await prisma.correo.update({
      where: { id },
      data: { estado: "FALLIDO", intentos: 25, ultimoError: "x" },
    });
    await prisma.$executeRaw`SELECT graphile_worker.remove_job(${`correo:${id}`}::text)`;
    return id;
  }

  it("un administrador lo devuelve a la cola con un trabajo nuevo, y queda en la auditoría", async () => {
    const id = await fallido("Reporte devuelto: reintento manual");
    const resultado = await reintentarCorreo(e.actores.admin, { correoId: id });
    expect(resultado).toEqual({ ok: true, data: null });
    expect(await prisma.correo.findUniqueOrThrow({ where: { id } })).toMatchObject({ estado: "PENDIENTE" });
    const trabajos = await prisma.$queryRaw<{ attempts: number }[]>`
      SELECT attempts FROM graphile_worker.jobs WHERE key = ${`correo:${id}`}`;
    expect(trabajos).toEqual([{ attempts: 0 }]);
    const auditoria = await prisma.auditLog.findFirstOrThrow({
      where: { entidad: "Correo", entidadId: String(id) },
    });
    expect(auditoria).toMatchObject({ accion: "REINTENTAR_ENVIO", actorId: e.actores.admin.id });
  });

  it.each(["coordinador", "subdirectorA", "consulta"] as const)(
    "el rol de %s no puede reintentarlo",
    async (quien) => {
      const id = await fallido(`Reporte devuelto: reintento negado a ${quien}`);
      expect(await reintentarCorreo(e.actores[quien], { correoId: id })).toEqual({
        ok: false,
        message: "No tiene permiso para realizar esta operación.",
      });
      expect(await prisma.correo.findUniqueOrThrow({ where: { id } })).toMatchObject({ estado: "FALLIDO" });
    },
  );

  it("un correo ya enviado no se reenvía", async () => {
    const id = await correoPara(e.actores.consulta.id, "Reporte devuelto: ya enviado");
    await prisma.correo.update({ where: { id }, data: { estado: "ENVIADO" } });
    const resultado = await reintentarCorreo(e.actores.admin, { correoId: id });
    expect(resultado).toMatchObject({ ok: false, message: expect.stringMatching(/Solo se reintenta/) });
    expect(await prisma.correo.findUniqueOrThrow({ where: { id } })).toMatchObject({ estado: "ENVIADO" });
  });
});

describe("configuración SMTP", () => {
  it("sin SMTP_URL no hay envío: los correos quedan en la bandeja", () => {
    expect(configuracionSmtp({})).toBeNull();
    expect(configuracionSmtp({ SMTP_URL: "  " })).toBeNull();
  });

  it.each([
    ["smtp//sin-dos-puntos", /no es una dirección válida/],
    ["http://smtp.sena.edu.co", /debe empezar por smtp:\/\/ o smtps:\/\//],
    ["smtp://", /no es una dirección válida|no indica el servidor/],
  ])("SMTP_URL=%s se rechaza con un mensaje que dice por qué", (valor, mensaje) => {
    expect(() => configuracionSmtp({ SMTP_URL: valor })).toThrow(ConfiguracionSmtpInvalida);
    expect(() => configuracionSmtp({ SMTP_URL: valor })).toThrow(mensaje);
  });

  it("un remitente que no es un correo se rechaza; uno con nombre se acepta", () => {
    expect(() => configuracionSmtp({ SMTP_URL: "smtp://x.test", SMTP_FROM: "Plan de Acción" })).toThrow(
      /SMTP_FROM no es un remitente válido/,
    );
    expect(configuracionSmtp({ SMTP_URL: "smtp://x.test", SMTP_FROM: "Grupo <grupo@sena.edu.co>" })).toEqual({
      url: "smtp://x.test",
      remitente: "Grupo <grupo@sena.edu.co>",
    });
  });

  it("npm start con un SMTP_URL ilegible lo dice al arrancar y no inicia nada", () => {
    const raiz = path.resolve(__dirname, "../..");
    const r = spawnSync(path.join(raiz, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
      cwd: raiz,
      env: {
        ...process.env,
        SMTP_URL: "correo.sena.edu.co:25",
        DATABASE_URL: "postgresql://nadie@127.0.0.1:1/x",
      },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr + r.stdout).toMatch(/SMTP_URL no es una dirección válida|SMTP_URL debe empezar por smtp/);
    expect(r.stdout).not.toMatch(/Iniciando Next\.js/);
  }, 60_000);
});
