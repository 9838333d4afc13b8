import { NextResponse, type NextRequest } from "next/server";
import { tablaDeAuditoria } from "@/features/auditoria/queries";
import { filtrosAuditoriaSchema } from "@/features/auditoria/schemas";
import { descargaDeTabla } from "@/features/tableros/exportar";
import { fechaEnBogota } from "@/lib/fechas";
import { puede } from "@/server/authz";
import { usuarioActual } from "@/server/session";

export const dynamic = "force-dynamic";

const NO_ENCONTRADO = () => new NextResponse("No encontrado", { status: 404 });

/** GET /admin/auditoria/exportar?formato=csv|xlsx&<filtros de la auditoría>: only for an ADMIN. */
export async function GET(request: NextRequest) {
  const usuario = await usuarioActual();
  if (!usuario || !puede(usuario, { accion: "administrar" })) return NO_ENCONTRADO();
  const parametros = Object.fromEntries(request.nextUrl.searchParams);
  const formato = parametros.formato;
  if (formato !== "csv" && formato !== "xlsx") return NO_ENCONTRADO();
  const tabla = await tablaDeAuditoria(usuario, filtrosAuditoriaSchema.parse(parametros));
  return descargaDeTabla(tabla, formato, `auditoria-${fechaEnBogota(new Date())}`);
}
