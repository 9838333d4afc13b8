import { NextResponse, type NextRequest } from "next/server";
import { esTipoDeInforme } from "@/features/informes/catalogo";
import { generarInforme } from "@/features/informes/generar";
import { informeEnPdf } from "@/features/informes/pdf";
import { informeEnXlsx } from "@/features/informes/xlsx";
import { usuarioActual } from "@/server/sesion-actual";

export const dynamic = "force-dynamic";

const NO_ENCONTRADO = () => new NextResponse("No encontrado", { status: 404 });

const TIPOS = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** GET /api/informes/<tipo>?periodo=2026-S1&formato=pdf|xlsx[&regional=…|&centro=…] */
export async function GET(request: NextRequest, contexto: { params: Promise<{ tipo: string }> }) {
  const usuario = await usuarioActual();
  if (!usuario) return NO_ENCONTRADO();
  const { tipo } = await contexto.params;
  const p = request.nextUrl.searchParams;
  const formato = p.get("formato");
  if (!esTipoDeInforme(tipo) || (formato !== "pdf" && formato !== "xlsx")) return NO_ENCONTRADO();
  const informe = await generarInforme(usuario, tipo, {
    periodo: p.get("periodo") ?? undefined,
    regional: p.get("regional") ?? undefined,
    centro: p.get("centro") ?? undefined,
  });
  if (!informe) return NO_ENCONTRADO();
  const contenido = formato === "pdf" ? await informeEnPdf(informe) : await informeEnXlsx(informe);
  return new NextResponse(new Uint8Array(contenido), {
    headers: {
      "Content-Type": TIPOS[formato],
      "Content-Disposition": `attachment; filename="${informe.archivo}.${formato}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
