"use server";

import { revalidatePath } from "next/cache";
import type { EstadoReporte } from "@/generated/prisma/enums";
import { conSesion, type Operacion } from "@/server/operacion";
import * as operaciones from "./operaciones";

type Decidido = { reporteId: number; version: number; estado: EstadoReporte };

async function decidir(operacion: Operacion<Decidido>, input: unknown) {
  const resultado = await conSesion(operacion, input);
  if (resultado.ok) {
    revalidatePath("/revision");
    revalidatePath("/obligaciones");
    revalidatePath(`/reportes/${resultado.data.reporteId}`);
  }
  return resultado;
}

export async function aprobarReporte(input: unknown) {
  return decidir(operaciones.aprobar, input);
}

export async function devolverReporte(input: unknown) {
  return decidir(operaciones.devolver, input);
}

export async function reabrirReporte(input: unknown) {
  return decidir(operaciones.reabrir, input);
}
