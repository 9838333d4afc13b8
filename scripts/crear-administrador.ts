// `npm run admin:crear`: el primer administrador de una instalación real. Pregunta su correo y su
// nombre (o los toma de --email y --nombre), crea la cuenta con una contraseña temporal que se
// muestra una sola vez y que deberá cambiar al ingresar. Ninguna instalación real trae una
// contraseña por defecto. Si ya hay un administrador activo, no hace nada: los demás los crea él
// desde la aplicación.
//
// Usa DATABASE_URL o, sin ella, la base embebida de `npm start`.
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import { correoSchema, nombreSchema } from "@/features/usuarios/schemas";
import { generarClaveTemporal } from "@/features/usuarios/clave-temporal";
import { registrarAuditoria } from "@/server/auditoria";
import { cifrarClaveTemporal } from "@/server/claves";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { prepararBase } from "./db/preparar";
import { attachOrStartEmbeddedPostgres } from "./embedded-postgres";

function argumento(nombre: string): string | undefined {
  const i = process.argv.indexOf(`--${nombre}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

// One reader for every question, read line by line as an iterator, which keeps what arrives before
// it is asked for (answers piped in at once, as well as typed).
let lector: ReturnType<typeof createInterface> | undefined;
let lineas: AsyncIterator<string> | undefined;

async function leerLinea(pregunta: string): Promise<string> {
  process.stdout.write(pregunta);
  lector ??= createInterface({ input: process.stdin });
  lineas ??= lector[Symbol.asyncIterator]();
  const { value, done } = await lineas.next();
  if (done) throw new Error("\nNo se recibió respuesta: no se creó nada.");
  return value;
}

async function preguntar(
  pregunta: string,
  esquema: typeof correoSchema | typeof nombreSchema,
  dado?: string,
) {
  if (dado !== undefined) {
    const r = esquema.safeParse(dado);
    if (!r.success) throw new Error(r.error.issues[0]?.message ?? "Valor no válido.");
    return r.data;
  }
  for (;;) {
    const r = esquema.safeParse(await leerLinea(pregunta));
    if (r.success) return r.data;
    console.log(`  ${r.error.issues[0]?.message ?? "Valor no válido."}`);
  }
}

async function main(): Promise<void> {
  const externa = process.env.DATABASE_URL?.trim();
  const base = externa ? null : await attachOrStartEmbeddedPostgres({ log: (m) => console.log(m) });
  const url = externa || base!.url;
  if (base && !base.shared) await prepararBase(url);
  const prisma = crearClientePrisma(url);
  try {
    const activos = await prisma.user.count({ where: { rol: "ADMIN", activo: true } });
    if (activos > 0) {
      console.log(
        "Ya hay un administrador activo: las demás cuentas se crean desde la aplicación " +
          "(Administración → Usuarios). No se creó nada.",
      );
      process.exitCode = 1;
      return;
    }
    const email = await preguntar("Correo del administrador: ", correoSchema, argumento("email"));
    const nombre = await preguntar("Nombre completo: ", nombreSchema, argumento("nombre"));
    if (await prisma.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new Error(`Ya existe una cuenta con el correo ${email}: actívela o use otro correo.`);
    }
    const clave = generarClaveTemporal();
    const usuario = await prisma.$transaction(async (tx) => {
      const creado = await tx.user.create({
        data: {
          email,
          nombre,
          rol: "ADMIN",
          passwordHash: await cifrarClaveTemporal(clave),
          debeCambiarClave: true,
        },
      });
      await registrarAuditoria(tx, null, randomUUID(), {
        accion: "CREAR",
        entidad: "User",
        entidadId: creado.id,
        despues: { email, nombre, rol: "ADMIN", activo: true, debeCambiarClave: true, origen: "admin:crear" },
      });
      return creado;
    });
    console.log(`\nAdministrador creado: ${usuario.nombre} <${usuario.email}>.`);
    console.log(`Contraseña temporal (se muestra esta única vez): ${clave}`);
    console.log("Al ingresar por primera vez deberá cambiarla.");
  } finally {
    lector?.close();
    await prisma.$disconnect();
    await base?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
