import { NextResponse } from "next/server";
import { planComoArchivo } from "@/features/plan/archivo/aplicar";
import { planComoTexto } from "@/features/plan/archivo/lectura";
import { puede } from "@/server/autorizacion";
import { db } from "@/server/db";
import { usuarioActual } from "@/server/sesion-actual";

export const dynamic = "force-dynamic";

/** GET /admin/plan/2026/archivo: the vigencia's whole plan as a plan file (JSON), for administrators. */
export async function GET(_request: Request, props: { params: Promise<{ anio: string }> }) {
  const usuario = await usuarioActual();
  const { anio } = await props.params;
  const plan =
    usuario && puede(usuario, { accion: "administrar" }) && /^\d{4}$/.test(anio)
      ? await planComoArchivo(db(), Number(anio))
      : null;
  if (!plan) return new NextResponse("No encontrado", { status: 404 });
  return new NextResponse(planComoTexto(plan), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="plan-de-accion-${plan.vigencia}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
