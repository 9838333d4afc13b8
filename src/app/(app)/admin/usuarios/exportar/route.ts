import { NextResponse, type NextRequest } from "next/server";
import { descargaDeTabla } from "@/features/tableros/exportar";
import { tablaDeUsuarios } from "@/features/usuarios/queries";
import { filtrosUsuariosSchema } from "@/features/usuarios/schemas";
import { fechaEnBogota } from "@/lib/fechas";
import { puede } from "@/server/authz";
import { usuarioActual } from "@/server/session";

export const dynamic = "force-dynamic";

const NO_ENCONTRADO = () => new NextResponse("No encontrado", { status: 404 });

/** GET /admin/usuarios/exportar?formato=csv|xlsx&<filtros de la lista>: every page, for an ADMIN. */
export async function GET(request: NextRequest) {
  const usuario = await usuarioActual();
  if (!usuario || !puede(usuario, { accion: "administrar" })) return NO_ENCONTRADO();
  const parametros = Object.fromEntries(request.nextUrl.searchParams);
  if (parametros.formato !== "csv" && parametros.formato !== "xlsx") return NO_ENCONTRADO();
  const tabla = await tablaDeUsuarios(usuario, filtrosUsuariosSchema.parse(parametros));
  return descargaDeTabla(tabla, parametros.formato, `usuarios-${fechaEnBogota(new Date())}`);
}
