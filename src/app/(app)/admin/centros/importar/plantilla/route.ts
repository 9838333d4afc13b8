import { NextResponse, type NextRequest } from "next/server";
import { plantillaCsv } from "@/features/centros/importacion";
import { centrosEnCsv } from "@/features/centros/queries";
import { puede } from "@/server/autorizacion";
import { usuarioActual } from "@/server/sesion-actual";

export const dynamic = "force-dynamic";

/** GET …/plantilla (the template) or …/plantilla?contenido=centros (every centro, in the same format). */
export async function GET(request: NextRequest) {
  const usuario = await usuarioActual();
  if (!usuario || !puede(usuario, { accion: "administrar" })) {
    return new NextResponse("No encontrado", { status: 404 });
  }
  const actuales = request.nextUrl.searchParams.get("contenido") === "centros";
  const texto = actuales ? await centrosEnCsv(usuario) : plantillaCsv();
  return new NextResponse(texto, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${actuales ? "centros" : "plantilla-centros"}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
