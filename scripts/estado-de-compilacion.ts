/**
 * ¿Está al día la compilación de producción de Next.js (`.next/`)?
 *
 * La regla, compartida por `npm start` y las pruebas e2e: hay que compilar si falta
 * `.next/BUILD_ID` o si es más antiguo que cualquier archivo de las entradas de la compilación.
 * `src/generated/` se excluye: lo reescribe cada `prisma generate` y se deriva de
 * `prisma/schema.prisma`, que sí cuenta.
 */
import { readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const RAIZ_DEL_PROYECTO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Archivos y carpetas (relativos a la raíz) cuyos cambios exigen recompilar. */
export const BUILD_INPUTS = [
  "src",
  "public",
  "prisma/schema.prisma",
  "next.config.ts",
  "next.config.mjs",
  "next.config.js",
  "postcss.config.mjs",
  "postcss.config.js",
  "package.json",
] as const;

const EXCLUDED_DIRS = new Set([path.join("src", "generated")]);

export interface BuildState {
  /** `true` si hay que ejecutar `next build`. */
  stale: boolean;
  /** Explicación legible (en español) del veredicto. */
  reason: string;
}

export function buildIdPath(root = RAIZ_DEL_PROYECTO): string {
  return path.join(root, ".next", "BUILD_ID");
}

export function leerEstadoDeCompilacion(root = RAIZ_DEL_PROYECTO): BuildState {
  let builtAt: number;
  try {
    builtAt = statSync(buildIdPath(root)).mtimeMs;
  } catch {
    return { stale: true, reason: "no hay una compilación de producción (.next/BUILD_ID)" };
  }
  const newer = findNewerFile(root, builtAt);
  if (newer) {
    return { stale: true, reason: `${newer} cambió después de la última compilación` };
  }
  return { stale: false, reason: "la compilación de producción está al día" };
}

/**
 * Invalida la compilación actual. Se llama antes de `next build` y si falla, para que una
 * compilación interrumpida nunca parezca al día.
 */
export function invalidarCompilacion(root = RAIZ_DEL_PROYECTO): void {
  rmSync(buildIdPath(root), { force: true });
}

/** Primer archivo de entrada (ruta relativa) modificado después de `since`, o `undefined`. */
export function findNewerFile(root: string, since: number): string | undefined {
  for (const input of BUILD_INPUTS) {
    const found = walk(root, input, since);
    if (found) return found;
  }
  return undefined;
}

function walk(root: string, relative: string, since: number): string | undefined {
  if (EXCLUDED_DIRS.has(relative)) return undefined;
  let stat;
  try {
    stat = statSync(path.join(root, relative));
  } catch {
    return undefined;
  }
  if (!stat.isDirectory()) return stat.mtimeMs > since ? relative : undefined;
  for (const entry of readdirSync(path.join(root, relative))) {
    const found = walk(root, path.join(relative, entry), since);
    if (found) return found;
  }
  return undefined;
}
