import { crearBaseDePrueba } from "../helpers/database";
import { asegurarServidorDePruebas } from "../helpers/servidor-pruebas";

/**
 * One fresh, migrated database per run, on TEST_DATABASE_URL's server or an embedded one. Test
 * workers start after this and inherit its DATABASE_URL (and TEST_DATABASE_URL).
 */
export default async function setup(): Promise<() => Promise<void>> {
  const servidor = await asegurarServidorDePruebas((m) => console.log(`[pruebas] ${m}`));
  const database = await crearBaseDePrueba();
  process.env.DATABASE_URL = database.url;
  return async () => {
    await database.drop();
    await servidor.detener();
  };
}
