// `npm run plan:importar -- ARCHIVO [--aplicar]`: reads a plan file and says what it would change in
// its vigencia, or every problem it has with its path in the file, writing nothing; with
// --aplicar, applies it in one transaction under the plan editor's rules (creating the vigencia if
// it does not exist) and audits it. Safe while the application runs: the dashboards follow the
// data's generation.
//
// Runs with `tsx --conditions=react-server`, like the worker.
import { randomUUID } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { aplicarPlan, PlanNoAplicable, TIEMPO_DEL_PLAN_MS } from "@/features/plan/archivo/aplicar";
import { simularPlan } from "@/features/plan/archivo/importacion";
import { leerPlanArchivo, problemaDeTamano, type ProblemaDelPlan } from "@/features/plan/archivo/lectura";
import { registrarAuditoria } from "@/server/auditoria";
import { conLaBase } from "./conexion";

const USO = "Uso: npm run plan:importar -- ARCHIVO [--aplicar]";
const ORIGEN = { ip: null, userAgent: "npm run plan:importar" };

function leerOpciones(args: string[]): { archivo: string; aplicar: boolean } {
  const archivos = args.filter((a) => a !== "--aplicar");
  const desconocidos = archivos.filter((a) => a.startsWith("--"));
  if (archivos.length !== 1 || desconocidos.length > 0) throw new Error(USO);
  return { archivo: archivos[0]!, aplicar: args.includes("--aplicar") };
}

function informarProblemas(problemas: ProblemaDelPlan[]): void {
  console.error(
    `El plan no se puede aplicar; no se cambió nada. ${problemas.length === 1 ? "Problema" : "Problemas"}:`,
  );
  for (const p of problemas) console.error(`  ${p.ruta}: ${p.mensaje}`);
}

function informarCambios(anio: number, cambios: string[], aplicado: boolean): void {
  if (cambios.length === 0) {
    console.log(`El archivo tiene exactamente el plan ${anio} guardado: no hay nada que cambiar.`);
    return;
  }
  console.log(aplicado ? `Plan ${anio} aplicado. Cambios:` : `Al aplicarlo, el plan ${anio} cambiaría así:`);
  for (const linea of cambios) console.log(`  - ${linea}`);
  if (!aplicado)
    console.log("No se escribió nada. Para aplicarlo: npm run plan:importar -- ARCHIVO --aplicar");
}

async function main(): Promise<number> {
  const { archivo, aplicar } = leerOpciones(process.argv.slice(2));
  // A file over the limit is refused before it is read.
  const grande = problemaDeTamano((await stat(archivo)).size);
  const lectura = grande
    ? { ok: false as const, problemas: [grande] }
    : leerPlanArchivo(await readFile(archivo));
  if (!lectura.ok) {
    informarProblemas(lectura.problemas);
    return 1;
  }
  const plan = lectura.plan;
  return conLaBase(async (prisma) => {
    if (!aplicar) {
      const simulacion = await prisma.$transaction((tx) => simularPlan(tx, plan), {
        timeout: TIEMPO_DEL_PLAN_MS,
      });
      if (!simulacion.ok) {
        informarProblemas(simulacion.problemas);
        return 1;
      }
      informarCambios(plan.vigencia, simulacion.resultado.cambios, false);
      return 0;
    }
    const requestId = randomUUID();
    try {
      const resultado = await prisma.$transaction(
        (tx) => aplicarPlan(tx, plan, (evento) => registrarAuditoria(tx, null, requestId, evento, ORIGEN)),
        { timeout: TIEMPO_DEL_PLAN_MS },
      );
      informarCambios(plan.vigencia, resultado.cambios, true);
      return 0;
    } catch (error) {
      if (!(error instanceof PlanNoAplicable)) throw error;
      informarProblemas(error.problemas);
      return 1;
    }
  });
}

main().then(
  (codigo) => {
    process.exitCode = codigo;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
