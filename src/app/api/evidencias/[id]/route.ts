import { contentDisposition } from "@/features/evidencias/nombre-archivo";
import { descargarEvidencia } from "@/features/evidencias/operaciones";
import { parseId } from "@/lib/identificadores";
import { usuarioActual } from "@/server/sesion-actual";

const NO_ENCONTRADO = "El archivo no existe o usted no tiene acceso a él.";

/** Downloads an evidence; a missing one and one the user may not see both answer 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const usuario = await usuarioActual();
  const id = parseId((await params).id);
  const descarga = usuario && id !== null ? await descargarEvidencia(usuario, id) : null;
  if (!descarga) {
    return new Response(NO_ENCONTRADO, {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return new Response(descarga.contenido, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(descarga.contenido.byteLength),
      "Content-Disposition": contentDisposition(descarga.nombreArchivo),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
