import { NextResponse, type NextRequest } from "next/server";
import { planDeVigencia, tablaDelPlan } from "@/features/plan/queries";
import { elegirVigencia } from "@/features/plan/vigencias";
import { descargaDeTabla } from "@/features/tableros/exportar";
import { puede } from "@/server/authz";
import { usuarioActual } from "@/server/session";

export const dynamic = "force-dynamic";

const NO_ENCONTRADO = () => new NextResponse("No encontrado", { status: 404 });

/** GET /plan/exportar?formato=csv|xlsx&vigencia=2026: the plan, one seguimiento per row. */
export async function GET(request: NextRequest) {
  const usuario = await usuarioActual();
  if (!usuario || !puede(usuario, { accion: "ver-plan" })) return NO_ENCONTRADO();
  const formato = request.nextUrl.searchParams.get("formato");
  if (formato !== "csv" && formato !== "xlsx") return NO_ENCONTRADO();
  const { vigencia } = await elegirVigencia(request.nextUrl.searchParams.get("vigencia") ?? undefined);
  if (!vigencia) return NO_ENCONTRADO();
  const tabla = tablaDelPlan(vigencia.anio, await planDeVigencia(vigencia.id));
  return descargaDeTabla(tabla, formato, `plan-de-accion-${vigencia.anio}`);
}
