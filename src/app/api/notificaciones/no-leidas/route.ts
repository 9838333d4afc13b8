import { contarNoLeidas } from "@/features/notificaciones/queries";
import { usuarioActual } from "@/server/sesion-actual";

/** The bell's count, refreshed by the header as the user moves between pages. */
export async function GET() {
  const usuario = await usuarioActual();
  if (!usuario)
    return Response.json({ error: "Sin sesión" }, { status: 401, headers: { "Cache-Control": "no-store" } });
  return Response.json(
    { noLeidas: await contarNoLeidas(usuario.id) },
    { headers: { "Cache-Control": "no-store" } },
  );
}
