import { NextResponse, type NextRequest } from "next/server";
import { listarCentros, tablaDeCentros } from "@/features/centros/queries";
import { filtrosCentrosSchema } from "@/features/centros/schemas";
import { descargaDeTabla } from "@/features/tableros/exportar";
import { fechaEnBogota } from "@/lib/fechas";
import { puede } from "@/server/authz";
import { usuarioActual } from "@/server/session";

export const dynamic = "force-dynamic";

const NO_ENCONTRADO = () => new NextResponse("No encontrado", { status: 404 });

/** GET /admin/centros/exportar?formato=csv|xlsx&<filtros de la lista>: for an ADMIN. */
export async function GET(request: NextRequest) {
  const usuario = await usuarioActual();
  if (!usuario || !puede(usuario, { accion: "administrar" })) return NO_ENCONTRADO();
  const parametros = Object.fromEntries(request.nextUrl.searchParams);
  if (parametros.formato !== "csv" && parametros.formato !== "xlsx") return NO_ENCONTRADO();
  const lista = await listarCentros(usuario, filtrosCentrosSchema.parse(parametros));
  return descargaDeTabla(tablaDeCentros(lista), parametros.formato, `centros-${fechaEnBogota(new Date())}`);
}
