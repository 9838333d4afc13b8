// The environment `npm start` prepares: the .env files and a persistent NEXTAUTH_SECRET.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { RAIZ_DEL_PROYECTO } from "../estado-de-compilacion";
import { info } from "./mensajes";

/** Loads .env.local and .env (without overwriting variables already set), as Next.js does. */
export function cargarArchivosEnv(): void {
  for (const file of [".env.local", ".env"]) {
    const full = path.join(RAIZ_DEL_PROYECTO, file);
    if (existsSync(full)) process.loadEnvFile(full);
  }
}

/** A persistent NEXTAUTH_SECRET in .data/secret, so that sessions survive restarts. */
export function asegurarSecretoDeSesion(): void {
  if (process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET) return;
  const file = path.join(RAIZ_DEL_PROYECTO, ".data", "secret");
  let secret = existsSync(file) ? readFileSync(file, "utf8").trim() : "";
  if (!secret) {
    secret = randomBytes(32).toString("base64url");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${secret}\n`, { mode: 0o600 });
    info("Se generó NEXTAUTH_SECRET y se guardó en .data/secret.");
  }
  process.env.NEXTAUTH_SECRET = secret;
}
