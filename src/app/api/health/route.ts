import { NextResponse } from "next/server";
import { db } from "@/server/db";

export const dynamic = "force-dynamic";

const ESPERA_MAXIMA_MS = 3_000;

async function estadoBaseDeDatos(): Promise<"ok" | "error"> {
  const espera = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error("tiempo agotado")), ESPERA_MAXIMA_MS).unref(),
  );
  try {
    await Promise.race([db().$queryRaw`SELECT 1`, espera]);
    return "ok";
  } catch {
    return "error";
  }
}

export async function GET() {
  const database = await estadoBaseDeDatos();
  return NextResponse.json(
    { app: "ok", database, time: new Date().toISOString() },
    { status: database === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
