import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { opcionesDeAutenticacion, origenDe } from "@/server/auth";
import { PROVEEDOR_ENTRA } from "@/server/entra";
import { registrarRespuestaRechazada } from "@/server/ingreso-institucional";

type Contexto = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth with this request's origin, which the audit of an institutional sign-in records. A
 * provider's answer that next-auth refused (it sends the browser on with `error=`) is counted and
 * audited here, when the browser began that sign-in: next-auth does not tell the application's
 * callbacks about it.
 */
async function handler(req: NextRequest, contexto: Contexto): Promise<Response> {
  const origen = origenDe(Object.fromEntries(req.headers.entries()));
  const respuesta = (await NextAuth(req, contexto, opcionesDeAutenticacion(origen))) as Response;
  const [accion, proveedor] = (await contexto.params).nextauth ?? [];
  if (accion === "callback" && proveedor === PROVEEDOR_ENTRA) {
    const destino = new URL(respuesta.headers.get("location") ?? "/", "http://aplicacion.invalid");
    const error = destino.searchParams.get("error");
    if (error) {
      const cookies = req.cookies.getAll().map((c) => c.name);
      await registrarRespuestaRechazada(origen, error, cookies);
    }
  }
  return respuesta;
}

export { handler as GET, handler as POST };
