// `npm run plan:exportar -- --vigencia AAAA [--salida ARCHIVO]`: writes the vigencia's whole plan,
// forms included, as the JSON of a plan file (README, «El plan como archivo»); without --salida,
// to the standard output.
//
// Runs with `tsx --conditions=react-server`, like the worker.
import { writeFile } from "node:fs/promises";
import { planComoArchivo } from "@/features/plan/archivo/aplicar";
import { planComoTexto } from "@/features/plan/archivo/lectura";
import { conLaBase } from "./conexion";

const USO = "Uso: npm run plan:exportar -- --vigencia AAAA [--salida ARCHIVO]";

function leerOpciones(args: string[]): { anio: number; salida: string | null } {
  const valores = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const [clave, valor] = [args[i]!, args[i + 1]];
    if (!["--vigencia", "--salida"].includes(clave) || valor === undefined) {
      throw new Error(`Argumento no válido: ${clave}\n${USO}`);
    }
    valores.set(clave, valor);
  }
  const anio = valores.get("--vigencia") ?? "";
  if (!/^\d{4}$/.test(anio))
    throw new Error(`Indique la vigencia con cuatro cifras, por ejemplo 2026.\n${USO}`);
  return { anio: Number(anio), salida: valores.get("--salida") ?? null };
}

async function main(): Promise<void> {
  const { anio, salida } = leerOpciones(process.argv.slice(2));
  const plan = await conLaBase((prisma) => planComoArchivo(prisma, anio));
  if (!plan) throw new Error(`No existe la vigencia ${anio}.`);
  const texto = planComoTexto(plan);
  if (salida === null) {
    process.stdout.write(texto);
    return;
  }
  await writeFile(salida, texto);
  const seguimientos = plan.temas.flatMap((t) =>
    t.lineamientos.flatMap((l) => l.acciones.flatMap((a) => a.seguimientos)),
  );
  console.error(
    `Plan ${anio} escrito en ${salida}: ${plan.temas.length} temas, ${seguimientos.length} seguimientos ` +
      `(${seguimientos.map((s) => s.clave).join(", ")}).`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
