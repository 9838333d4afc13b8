import { NextResponse, type NextRequest } from "next/server";
import { descargaDeTabla } from "@/features/tableros/exportar";
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
  return descargaDeTabla(tabla, formato, `${tabla.nombre}-${ambito.vigencia.anio}`);
}
