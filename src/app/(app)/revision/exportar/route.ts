import { NextResponse, type NextRequest } from "next/server";
import { tablaDeLaCola } from "@/features/revision/queries";
import { filtrosColaSchema } from "@/features/revision/schemas";
import { descargaDeTabla } from "@/features/tableros/exportar";
import { fechaEnBogota } from "@/lib/fechas";
import { puede } from "@/server/authz";
import { usuarioActual } from "@/server/session";

export const dynamic = "force-dynamic";

/** GET /revision/exportar?formato=csv|xlsx&<filtros de la cola>: the whole queue, every page. */
export async function GET(request: NextRequest) {
  const usuario = await usuarioActual();
  if (!usuario || !puede(usuario, { accion: "ver-cola-revision" })) {
    return new NextResponse("No encontrado", { status: 404 });
  }
  const parametros = Object.fromEntries(request.nextUrl.searchParams);
  const formato = parametros.formato;
  if (formato !== "csv" && formato !== "xlsx") return new NextResponse("No encontrado", { status: 404 });
  const tabla = await tablaDeLaCola(usuario, filtrosColaSchema.parse(parametros));
  return descargaDeTabla(tabla, formato, `cola-de-revision-${fechaEnBogota(new Date())}`);
}
