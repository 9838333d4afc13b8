import { NextResponse, type NextRequest } from "next/server";
import { misObligaciones } from "@/features/obligaciones/queries";
import { tablaDeObligaciones } from "@/features/obligaciones/tabla";
import { elegirVigencia } from "@/features/plan/vigencias";
import { descargaDeTabla } from "@/features/tableros/exportar";
import { usuarioActual } from "@/server/session";

export const dynamic = "force-dynamic";

const NO_ENCONTRADO = () => new NextResponse("No encontrado", { status: 404 });

/** GET /obligaciones/exportar?formato=csv|xlsx&vigencia=2026: Mis obligaciones, as on screen. */
export async function GET(request: NextRequest) {
  const usuario = await usuarioActual();
  if (!usuario) return NO_ENCONTRADO();
  const formato = request.nextUrl.searchParams.get("formato");
  if (formato !== "csv" && formato !== "xlsx") return NO_ENCONTRADO();
  const { vigencia } = await elegirVigencia(request.nextUrl.searchParams.get("vigencia") ?? undefined);
  if (!vigencia) return NO_ENCONTRADO();
  const resultado = await misObligaciones(usuario, vigencia);
  if (!resultado) return NO_ENCONTRADO();
  return descargaDeTabla(
    tablaDeObligaciones(resultado.unidad, resultado.obligaciones),
    formato,
    `obligaciones-${vigencia.anio}`,
  );
}
