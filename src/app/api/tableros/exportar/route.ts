import { NextResponse, type NextRequest } from "next/server";
import { aCsv, aXlsx } from "@/features/tableros/exportar";
import { tablaPedida } from "@/features/tableros/tabla-pedida";
import { usuarioActual } from "@/server/session";

export const dynamic = "force-dynamic";

const NO_ENCONTRADO = () => new NextResponse("No encontrado", { status: 404 });

/** GET /api/tableros/exportar?panel=…&tabla=…&formato=csv|xlsx&<filtros del tablero> */
export async function GET(request: NextRequest) {
  const usuario = await usuarioActual();
  if (!usuario) return NO_ENCONTRADO();
  const parametros = Object.fromEntries(request.nextUrl.searchParams);
  const formato = parametros.formato;
  if (formato !== "csv" && formato !== "xlsx") return NO_ENCONTRADO();
  const pedida = await tablaPedida(usuario, parametros);
  if (!pedida) return NO_ENCONTRADO();
  const { tabla, ambito } = pedida;
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
