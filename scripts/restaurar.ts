// `npm run restaurar -- ARCHIVO [--forzar] [--sellos SELLOS]`: returns the database to the state of a
// backup made by `npm run respaldo`. Refuses if the database holds data, unless given --forzar
// (which replaces it); with the embedded database, also if `npm start` is running. The backup's
// audit chain must verify and match every head recorded in SELLOS (by default AUDITORIA_SELLOS or
// .data/sellos-de-auditoria.jsonl) up to its last row, or nothing is touched. When done it enqueues
// the pending e-mails again and records the restored chain's head. Uses DATABASE_URL_PROPIETARIO
// (or DATABASE_URL) or, without them, the embedded database of `npm start` as its superuser (stop
// every application instance that uses that database first).
import { existsSync } from "node:fs";
import path from "node:path";
import { archivoDeSellos, sellosGuardados } from "@/features/auditoria/sellos";
import { abrirBaseDeLaOrden } from "./db/conexiones";
import { restaurarBase, type Restauracion } from "./db/restauracion";

const USO = "Uso: npm run restaurar -- ARCHIVO [--forzar] [--sellos SELLOS]";

function leerArgumentos(args: string[]): { archivo: string; forzar: boolean; sellos: string } {
  const i = args.indexOf("--sellos");
  const sellos = i === -1 ? archivoDeSellos() : args[i + 1];
  const resto = args.filter((a, j) => a !== "--forzar" && (i === -1 || (j !== i && j !== i + 1)));
  if (!sellos || sellos.startsWith("--") || resto.length !== 1 || resto[0]!.startsWith("--"))
    throw new Error(USO);
  const archivo = path.resolve(resto[0]!);
  if (!existsSync(archivo)) throw new Error(`No existe el archivo ${archivo}.\n${USO}`);
  return { archivo, forzar: args.includes("--forzar"), sellos: path.resolve(sellos) };
}

function informarAuditoria(r: Restauracion): void {
  const integra = `  La auditoría está íntegra: ${r.auditoria.total} registros encadenados`;
  const s = r.sellos;
  if (s && s.ultimo) {
    console.log(
      `${integra}; coincide con ${sellosGuardados(s.comparados)} en ${s.archivo} ` +
        `(el último, #${s.ultimo.id} del ${s.ultimo.hora}).`,
    );
    if (s.posteriores > 0) {
      const cuantos =
        s.posteriores === 1 ? "Un sello es posterior" : `${s.posteriores} sellos son posteriores`;
      console.log(`  ${cuantos} al respaldo: lo que se registró después no está en él.`);
    }
    return;
  }
  const porque =
    s && s.posteriores > 0
      ? `todos los sellos de ${s.archivo} son posteriores al respaldo`
      : `no hay sellos guardados en ${s?.archivo ?? "ningún archivo"}`;
  console.log(`${integra}, pero ${porque}: la cadena solo se pudo comprobar consigo misma.`);
  console.log(
    "  Para compararla con los sellos de la instalación de donde viene el respaldo, use --sellos SELLOS.",
  );
}

async function main(): Promise<number> {
  const { archivo, forzar, sellos } = leerArgumentos(process.argv.slice(2));
  const base = await abrirBaseDeLaOrden({ log: (m) => console.log(m), preparar: false });
  try {
    if (base.compartida) {
      throw new Error(
        "La aplicación está en marcha sobre esta base (npm start): deténgala antes de restaurar.",
      );
    }
    const r = await restaurarBase(base.propietario, archivo, { forzar, sellos });
    const filas = Object.values(r.filas).reduce((a, b) => a + b, 0);
    console.log(`Respaldo restaurado: ${archivo}`);
    console.log(
      `  ${Object.keys(r.filas).length} tablas, ${filas.toLocaleString("es-CO")} filas ` +
        `(${(r.filas.EvidenciaContenido ?? 0).toLocaleString("es-CO")} archivos de evidencia).`,
    );
    if (r.migracionesNuevas.length > 0) {
      console.log(`  Migraciones de esta versión aplicadas después: ${r.migracionesNuevas.join(", ")}.`);
    }
    if (r.correosEnCola > 0)
      console.log(`  ${r.correosEnCola} correos pendientes vuelven a la cola de envío.`);
    informarAuditoria(r);
    if (r.errorAlAnotar) {
      console.error(
        `  AVISO: no se pudo anotar la cabeza de la cadena restaurada en ${sellos} (${r.errorAlAnotar}); ` +
          `agregue esta línea a mano:\n  ${JSON.stringify(r.sello)}`,
      );
    }
    return 0;
  } finally {
    await base.detener();
  }
}

main().then(
  (codigo) => {
    process.exitCode = codigo;
  },
  (error: unknown) => {
    console.error(`No se pudo restaurar: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
