/**
 * Is the Next.js production build (`.next/`) up to date?
 *
 * The rule, shared by `npm start` and the e2e tests: a build is needed if `.next/BUILD_ID` is
 * missing or older than any file among the build's inputs. `src/generated/` is excluded: every
 * `prisma generate` rewrites it, and it derives from `prisma/schema.prisma`, which does count.
 */
import { readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const RAIZ_DEL_PROYECTO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Files and folders (relative to the root) whose changes require a rebuild. */
export const ENTRADAS_DE_COMPILACION = [
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

export interface EstadoDeCompilacion {
  /** `true` if `next build` has to run. */
  stale: boolean;
  /** Human-readable explanation (in Spanish) of the verdict. */
  reason: string;
}

export function rutaDelBuildId(root = RAIZ_DEL_PROYECTO): string {
  return path.join(root, ".next", "BUILD_ID");
}

export function leerEstadoDeCompilacion(root = RAIZ_DEL_PROYECTO): EstadoDeCompilacion {
  let builtAt: number;
  try {
    builtAt = statSync(rutaDelBuildId(root)).mtimeMs;
  } catch {
    return { stale: true, reason: "no hay una compilación de producción (.next/BUILD_ID)" };
  }
  const newer = archivoMasNuevo(root, builtAt);
  if (newer) {
    return { stale: true, reason: `${newer} cambió después de la última compilación` };
  }
  return { stale: false, reason: "la compilación de producción está al día" };
}

/**
 * Invalidates the current build. Called before `next build` and when it fails, so that an
 * interrupted build never looks up to date.
 */
export function invalidarCompilacion(root = RAIZ_DEL_PROYECTO): void {
  rmSync(rutaDelBuildId(root), { force: true });
}

/** First input file (relative path) modified after `since`, or `undefined`. */
export function archivoMasNuevo(root: string, since: number): string | undefined {
  for (const input of ENTRADAS_DE_COMPILACION) {
    const found = recorrer(root, input, since);
    if (found) return found;
  }
  return undefined;
}

function recorrer(root: string, relative: string, since: number): string | undefined {
  if (EXCLUDED_DIRS.has(relative)) return undefined;
  let stat;
  try {
    stat = statSync(path.join(root, relative));
  } catch {
    return undefined;
  }
  if (!stat.isDirectory()) return stat.mtimeMs > since ? relative : undefined;
  for (const entry of readdirSync(path.join(root, relative))) {
    const found = recorrer(root, path.join(relative, entry), since);
    if (found) return found;
  }
  return undefined;
}
