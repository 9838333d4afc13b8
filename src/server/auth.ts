import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { credencialesSchema } from "@/features/auth/schemas";
import { db } from "./db";
import { DEMASIADOS_INTENTOS, ingresoBloqueado, olvidarFallos, registrarFallo } from "./limite-ingreso";
import { hashPassword, verifyPassword } from "./password";

// Verifying against a throwaway hash when the e-mail is unknown keeps the response time the same,
// so the login does not reveal which e-mails have accounts.
let hashDeRelleno: Promise<string> | undefined;

async function usuarioConCredenciales(email: string, password: string) {
  const usuario = await db().user.findUnique({ where: { email } });
  if (!usuario || !usuario.activo) {
    hashDeRelleno ??= hashPassword("relleno-para-tiempo-constante");
    await verifyPassword(await hashDeRelleno, password);
    return null;
  }
  return (await verifyPassword(usuario.passwordHash, password)) ? usuario : null;
}

function direccionDe(req: { headers?: Record<string, unknown> } | undefined): string {
  const reenviada = req?.headers?.["x-forwarded-for"];
  return typeof reenviada === "string" ? (reenviada.split(",")[0]?.trim() ?? "") : "local";
}

async function autenticar(credenciales: unknown, req?: { headers?: Record<string, unknown> }) {
  const parsed = credencialesSchema.safeParse(credenciales);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const ip = direccionDe(req);
  if (await ingresoBloqueado(email, ip)) throw new Error(DEMASIADOS_INTENTOS);
  const usuario = await usuarioConCredenciales(email, password);
  if (!usuario) {
    await registrarFallo(email, ip);
    return null;
  }
  await olvidarFallos(email);
  // A login is not an edit of the account: SQL leaves updatedAt (the version an admin's edit form
  // carries) alone, where Prisma would move it and refuse that admin's save as stale.
  await db().$executeRaw`UPDATE "User" SET "ultimoIngreso" = ${new Date()} WHERE id = ${usuario.id}`;
  return {
    id: String(usuario.id),
    name: usuario.nombre,
    email: usuario.email,
    rol: usuario.rol,
    centroId: usuario.centroId,
  };
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Correo y contraseña",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: autenticar,
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.rol = user.rol;
        token.centroId = user.centroId;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        id: token.uid,
        name: token.name ?? "",
        email: token.email ?? "",
        rol: token.rol,
        centroId: token.centroId,
      };
      return session;
    },
  },
};
