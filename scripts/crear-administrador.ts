// `npm run admin:crear`: the first administrator of a real installation. Asks for their e-mail and
// name (or takes them from --email and --nombre) and creates the account with a temporary password
// that is shown only once and must be changed at first sign-in. No real installation ships with a
// default password. If there is already an active administrator, it does nothing: that
// administrator creates the others from the application.
//
// Uses DATABASE_URL or, without it, the embedded database of `npm start`; as the application's role.
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import { correoSchema, nombreSchema } from "@/features/usuarios/schemas";
import { generarClaveTemporal } from "@/features/usuarios/clave-temporal";
import { registrarAuditoria } from "@/server/auditoria";
import { cifrarClaveTemporal } from "@/server/claves";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { abrirBaseDeLaOrden } from "./db/conexiones";

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
  const base = await abrirBaseDeLaOrden({ log: (m) => console.log(m) });
  const prisma = crearClientePrisma(base.aplicacion);
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
    await base.detener();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
