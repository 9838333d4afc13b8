import { NextResponse, type NextRequest } from "next/server";
import { resolverAmbito } from "@/features/tableros/alcance";
import { aCsv, aXlsx } from "@/features/tableros/exportar";
import { leerFiltros } from "@/features/tableros/filtros";
import { PANELES } from "@/features/tableros/registro";
import { AccesoDenegado } from "@/server/authz";
import { usuarioActual } from "@/server/session";

export const dynamic = "force-dynamic";

const NO_ENCONTRADO = () => new NextResponse("No encontrado", { status: 404 });

/** GET /api/tableros/exportar?panel=…&tabla=…&formato=csv|xlsx&<filtros del tablero> */
export async function GET(request: NextRequest) {
  const usuario = await usuarioActual();
  if (!usuario) return NO_ENCONTRADO();
  const parametros = Object.fromEntries(request.nextUrl.searchParams);
  const panel = PANELES[parametros.panel ?? ""];
  const formato = parametros.formato;
  if (!panel || (formato !== "csv" && formato !== "xlsx")) return NO_ENCONTRADO();
  let ambito;
  try {
    ambito = await resolverAmbito(usuario, leerFiltros(parametros));
  } catch (error) {
    if (error instanceof AccesoDenegado) return NO_ENCONTRADO();
    throw error;
  }
  const tabla = ambito ? (await panel(ambito)).find((t) => t.nombre === parametros.tabla) : undefined;
  if (!ambito || !tabla) return NO_ENCONTRADO();
  const archivo = `${tabla.nombre}-${ambito.vigencia.anio}.${formato}`;
  const cabeceras = {
    "Content-Disposition": `attachment; filename="${archivo}"`,
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
