import { NextResponse, type NextRequest } from "next/server";
import { tablaEnPantalla } from "@/features/tableros/pantalla";
import { tablaPedida } from "@/features/tableros/tabla-pedida";
import { usuarioActual } from "@/server/sesion-actual";

export const dynamic = "force-dynamic";

/**
 * GET /api/tableros/tabla?panel=…&tabla=…&<filtros del tablero>: the rows of a long dashboard table,
 * formatted as the screen shows them, for when the user opens it.
 */
export async function GET(request: NextRequest) {
  const usuario = await usuarioActual();
  const pedida = usuario
    ? await tablaPedida(usuario, Object.fromEntries(request.nextUrl.searchParams))
    : null;
  if (!pedida) {
    return NextResponse.json(
      { error: "La tabla no existe o usted no tiene acceso a ella." },
      { status: 404 },
    );
  }
  return NextResponse.json(tablaEnPantalla(pedida.panel, pedida.tabla, pedida.ambito, pedida.filtros), {
    headers: { "Cache-Control": "private, no-store" },
  });
}
