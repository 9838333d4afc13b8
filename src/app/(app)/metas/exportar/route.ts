import { NextResponse, type NextRequest } from "next/server";
import { tablaDeMetas } from "@/features/metas/queries";
import { elegirVigencia } from "@/features/plan/vigencias";
import { descargaDeTabla } from "@/features/tableros/exportar";
import { puede } from "@/server/authz";
import { usuarioActual } from "@/server/session";

export const dynamic = "force-dynamic";

const NO_ENCONTRADO = () => new NextResponse("No encontrado", { status: 404 });

/** GET /metas/exportar?formato=csv|xlsx&vigencia=2026: the metas of a vigencia, as on screen. */
export async function GET(request: NextRequest) {
  const usuario = await usuarioActual();
  if (!usuario || !puede(usuario, { accion: "ver-tableros" })) return NO_ENCONTRADO();
  const formato = request.nextUrl.searchParams.get("formato");
  if (formato !== "csv" && formato !== "xlsx") return NO_ENCONTRADO();
  const { vigencia } = await elegirVigencia(request.nextUrl.searchParams.get("vigencia") ?? undefined);
  if (!vigencia) return NO_ENCONTRADO();
  return descargaDeTabla(await tablaDeMetas(usuario, vigencia), formato, `metas-${vigencia.anio}`);
}
