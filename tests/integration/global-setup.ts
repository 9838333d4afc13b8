import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { crearBaseDePrueba } from "../helpers/database";
import { asegurarServidorDePruebas } from "../helpers/servidor-pruebas";

/**
 * One fresh, migrated database per run, on TEST_DATABASE_URL's server or an embedded one. Test
 * workers start after this and inherit its DATABASE_URL, as the application's role, and
 * DATABASE_URL_PROPIETARIO, as the owner of the tables (decision 0024), and a file of audit heads
 * of their own (never the one of `npm start` in .data).
 */
export default async function setup(): Promise<() => Promise<void>> {
  const servidor = await asegurarServidorDePruebas((m) => console.log(`[pruebas] ${m}`));
  const database = await crearBaseDePrueba();
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_URL_PROPIETARIO = database.urlPropietario;
  const sellos = path.join(
    tmpdir(),
    `plan-pruebas-sellos-${process.pid}-${randomBytes(4).toString("hex")}.jsonl`,
  );
  process.env.AUDITORIA_SELLOS = sellos;
  return async () => {
    rmSync(sellos, { force: true });
    await database.drop();
    await servidor.detener();
  };
}
