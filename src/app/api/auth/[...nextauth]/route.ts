import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { opcionesDeAutenticacion, origenDe } from "@/server/auth";

type Contexto = { params: Promise<{ nextauth: string[] }> };

/** next-auth with this request's origin, which the audit of an institutional sign-in records. */
function handler(req: NextRequest, contexto: Contexto) {
  const origen = origenDe(Object.fromEntries(req.headers.entries()));
  return NextAuth(req, contexto, opcionesDeAutenticacion(origen)) as Promise<Response>;
}

export { handler as GET, handler as POST };
