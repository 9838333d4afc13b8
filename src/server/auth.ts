import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { credencialesSchema } from "@/features/auth/schemas";
import { db } from "./db";
import { hashPassword, verifyPassword } from "./password";

// Verifying against a throwaway hash when the e-mail is unknown keeps the response time the same,
// so the login does not reveal which e-mails have accounts.
let hashDeRelleno: Promise<string> | undefined;

async function autenticar(credenciales: unknown) {
  const parsed = credencialesSchema.safeParse(credenciales);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const usuario = await db().user.findUnique({ where: { email } });
  if (!usuario || !usuario.activo) {
    hashDeRelleno ??= hashPassword("relleno-para-tiempo-constante");
    await verifyPassword(await hashDeRelleno, password);
    return null;
  }
  if (!(await verifyPassword(usuario.passwordHash, password))) return null;
  await db().user.update({ where: { id: usuario.id }, data: { ultimoIngreso: new Date() } });
  return { id: String(usuario.id), name: usuario.nombre, email: usuario.email, rol: usuario.rol };
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
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        id: token.uid,
        name: token.name ?? "",
        email: token.email ?? "",
        rol: token.rol,
      };
      return session;
    },
  },
};
