import { NextResponse } from "next/server";
import { historialDeReporte } from "@/features/auditoria/queries";
import { evidenciasDeReporte } from "@/features/evidencias/queries";
import { reporteEnPdf } from "@/features/reportes/pdf";
import { contextoDelReporte, reporteParaVer } from "@/features/reportes/queries";
import { parseId } from "@/lib/identificadores";
import { usuarioActual } from "@/server/sesion-actual";

export const dynamic = "force-dynamic";

/** GET /reportes/<id>/pdf: the report with its figures, files and history, as its page shows it. */
export async function GET(_request: Request, contexto: { params: Promise<{ id: string }> }) {
  const usuario = await usuarioActual();
  const id = parseId((await contexto.params).id);
  const reporte = usuario && id !== null ? await reporteParaVer(usuario, id) : null;
  if (!usuario || !reporte) return new NextResponse("No encontrado", { status: 404 });
  const [historial, evidencias, contextoDelPdf] = await Promise.all([
    historialDeReporte(reporte),
    evidenciasDeReporte(usuario, reporte.id),
    contextoDelReporte(reporte),
  ]);
  const pdf = await reporteEnPdf(reporte, historial, evidencias, contextoDelPdf);
  return new NextResponse(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="reporte-${reporte.id}-${reporte.periodo}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
