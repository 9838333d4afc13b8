import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { verificarClave } from "@/server/claves";
import { crearBaseDePrueba } from "../helpers/database";

const RAIZ = path.resolve(__dirname, "../..");
const TSX = path.join(RAIZ, "node_modules/.bin/tsx");

/** A database of its own: these tests create the first administrator and demo accounts. */
let base: Awaited<ReturnType<typeof crearBaseDePrueba>>;
let prisma: ReturnType<typeof crearClientePrisma>;

beforeAll(async () => {
  base = await crearBaseDePrueba("plan_despliegue");
  prisma = crearClientePrisma(base.url);
});

afterAll(async () => {
  await prisma.$disconnect();
  await base.drop();
});

function ejecutar(args: string[], env: Record<string, string>, entrada = "") {
  return new Promise<{ codigo: number | null; salida: string }>((resolve) => {
    const hijo = spawn(TSX, args, {
      cwd: RAIZ,
      env: { ...process.env, ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let salida = "";
    hijo.stdout.on("data", (d: Buffer) => (salida += d.toString()));
    hijo.stderr.on("data", (d: Buffer) => (salida += d.toString()));
    hijo.stdin.end(entrada);
    hijo.once("exit", (codigo) => resolve({ codigo, salida }));
  });
}

const crearAdmin = (args: string[], entrada = "") =>
  ejecutar(
    ["--conditions=react-server", "scripts/crear-administrador.ts", ...args],
    { DATABASE_URL: base.url, DATABASE_URL_PROPIETARIO: base.urlPropietario },
    entrada,
  );

describe("el primer administrador de una instalación real", () => {
  it("pregunta el correo (y lo vuelve a pedir si no es válido) y el nombre, y da una contraseña temporal", async () => {
    const r = await crearAdmin([], "no-es-un-correo\nadmin@sena.edu.co\nAdministración SENA\n");
    expect(r.codigo).toBe(0);
    expect(r.salida).toContain("Escriba un correo electrónico válido");
    const clave = /Contraseña temporal \(se muestra esta única vez\): (\S+)/.exec(r.salida)?.[1];
    expect(clave).toMatch(/^[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}$/);
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@sena.edu.co" } });
    expect(admin).toMatchObject({
      rol: "ADMIN",
      activo: true,
      debeCambiarClave: true,
      nombre: "Administración SENA",
    });
    expect(await verificarClave(admin.passwordHash, clave!)).toBe(true);
    const evento = await prisma.auditLog.findFirstOrThrow({
      where: { entidad: "User", entidadId: String(admin.id) },
    });
    expect(evento).toMatchObject({ accion: "CREAR", actorId: null });
    expect(JSON.stringify(evento.despues)).not.toContain(clave!);
  }, 60_000);

  it("si ya hay un administrador activo no crea otro", async () => {
    const r = await crearAdmin(["--email", "otro@sena.edu.co", "--nombre", "Otro"]);
    expect(r.codigo).toBe(1);
    expect(r.salida).toContain("Ya hay un administrador activo");
    expect(await prisma.user.findUnique({ where: { email: "otro@sena.edu.co" } })).toBeNull();
  }, 60_000);
});

describe("DESPLIEGUE=produccion", () => {
  const iniciar = (env: Record<string, string>) =>
    ejecutar(["scripts/start.ts"], {
      DATABASE_URL: base.url,
      DATABASE_URL_PROPIETARIO: base.urlPropietario,
      DESPLIEGUE: "produccion",
      PORT: "3988",
      ...env,
    });

  it("no inicia si NEXTAUTH_URL no es https", async () => {
    const r = await iniciar({ NEXTAUTH_URL: "http://plan.sena.edu.co" });
    expect(r.codigo).toBe(1);
    expect(r.salida).toContain(
      "DESPLIEGUE=produccion: defina NEXTAUTH_URL con la dirección pública https://",
    );
  }, 60_000);

  it("no inicia mientras exista una cuenta de demostración, y no siembra ninguna", async () => {
    expect(await prisma.user.count({ where: { email: { endsWith: "@sena.demo" } } })).toBe(0);
    await prisma.user.create({
      data: { email: "coordinador@sena.demo", nombre: "Demo", rol: "COORDINADOR", passwordHash: "x" },
    });
    const r = await iniciar({ NEXTAUTH_URL: "https://plan.sena.edu.co" });
    expect(r.codigo).toBe(1);
    expect(r.salida).toContain("la base tiene cuentas de demostración (coordinador@sena.demo)");
    expect(r.salida).not.toMatch(/Iniciando Next\.js/);
    expect(await prisma.user.count({ where: { email: { endsWith: "@sena.demo" } } })).toBe(1);
    expect(await prisma.reporte.count()).toBe(0);
  }, 120_000);

  it("npm run db:seed:demo se niega con un mensaje claro, sale con 1 y no escribe nada", async () => {
    const antes = [await prisma.user.count(), await prisma.regional.count(), await prisma.vigencia.count()];
    const r = await ejecutar(["prisma/seed.ts", "--demo"], {
      DATABASE_URL: base.url,
      DESPLIEGUE: "produccion",
    });
    expect(r.codigo).toBe(1);
    expect(r.salida).toContain(
      "DESPLIEGUE=produccion: no se cargan datos de demostración. Sus cuentas tienen una contraseña pública",
    );
    expect([await prisma.user.count(), await prisma.regional.count(), await prisma.vigencia.count()]).toEqual(
      antes,
    );
  }, 60_000);

  it("TRUST_PROXY con el número de proxies de antes no deja iniciar y dice el formato nuevo", async () => {
    const r = await iniciar({ NEXTAUTH_URL: "https://plan.sena.edu.co", TRUST_PROXY: "1" });
    expect(r.codigo).toBe(1);
    expect(r.salida).toContain(
      "TRUST_PROXY=1 ya no es un número de proxies: TRUST_PROXY lista las direcciones de los proxies de confianza",
    );
    expect(r.salida).not.toMatch(/Iniciando Next\.js/);
  }, 60_000);

  it("no inicia si la aplicación se conecta con un rol que puede reescribir la auditoría", async () => {
    // Only DATABASE_URL, and it is the owner of the tables (here, the server's superuser).
    const r = await iniciar({
      DATABASE_URL: base.urlPropietario,
      DATABASE_URL_PROPIETARIO: "",
      NEXTAUTH_URL: "https://plan.sena.edu.co",
    });
    expect(r.codigo).toBe(1);
    expect(r.salida).toContain("DESPLIEGUE=produccion y la aplicación podría reescribir su propia auditoría");
    expect(r.salida).toMatch(/es dueño de la tabla "AuditLog"/);
    expect(r.salida).toMatch(/puede UPDATE, DELETE, TRUNCATE sobre "AuditLog"/);
    expect(r.salida).toContain("miembro de plan_accion_aplicacion");
    expect(r.salida).not.toMatch(/Iniciando Next\.js/);
  }, 120_000);
});
