import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { aCsv, aXlsx } from "@/features/tableros/exportar";
import type { TablaExportable } from "@/features/tableros/tipos";
import { puede, type Permiso } from "./autorizacion";
import { usuarioActual, type Usuario } from "./sesion-actual";

const NO_ENCONTRADO = () => new NextResponse("No encontrado", { status: 404 });

/** The HTTP answer that downloads a table as CSV or xlsx, never cached. */
export async function descargaDeTabla(
  tabla: TablaExportable,
  formato: "csv" | "xlsx",
  archivo: string,
): Promise<NextResponse> {
  const cabeceras = {
    "Content-Disposition": `attachment; filename="${archivo}.${formato}"`,
    "Cache-Control": "private, no-store",
  };
  if (formato === "csv") {
    return new NextResponse(aCsv(tabla), {
      headers: { ...cabeceras, "Content-Type": "text/csv; charset=utf-8" },
    });
  }
  return new NextResponse(new Uint8Array(await aXlsx(tabla)), {
    headers: {
      ...cabeceras,
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    },
  });
}

/**
 * The GET handler of a list's download (`?formato=csv|xlsx&<the list's filters>`): signed in, with
 * the permission when one is given, and what `construir` returns for the user and the parameters;
 * anything else is answered like an address that does not exist.
 */
export function rutaDeDescarga(
  permiso: Permiso | null,
  construir: (
    usuario: Usuario,
    parametros: Record<string, string>,
  ) => Promise<{ tabla: TablaExportable; archivo: string } | null>,
) {
  return async function GET(request: NextRequest): Promise<NextResponse> {
    const usuario = await usuarioActual();
    if (!usuario || (permiso && !puede(usuario, permiso))) return NO_ENCONTRADO();
    const parametros = Object.fromEntries(request.nextUrl.searchParams);
    const formato = parametros.formato;
    if (formato !== "csv" && formato !== "xlsx") return NO_ENCONTRADO();
    const descarga = await construir(usuario, parametros);
    return descarga ? descargaDeTabla(descarga.tabla, formato, descarga.archivo) : NO_ENCONTRADO();
  };
}
