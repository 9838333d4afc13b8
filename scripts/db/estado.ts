// What the launcher (`npm start`) asks the database before starting the application.
import pg from "pg";
import { ACCESOS_DEMO } from "../cuentas-demo";

async function conCliente<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function contarVigencias(url: string): Promise<number> {
  return conCliente(url, async (client) => {
    const result = await client.query<{ n: number }>('select count(*)::int as n from "Vigencia"');
    return result.rows[0]?.n ?? 0;
  });
}

export function contarAdministradoresActivos(url: string): Promise<number> {
  return conCliente(url, async (client) => {
    const result = await client.query<{ n: number }>(
      `select count(*)::int as n from "User" where rol = 'ADMIN' and activo`,
    );
    return result.rows[0]?.n ?? 0;
  });
}

export function cuentasDemoExistentes(url: string): Promise<Set<string>> {
  const emails = Object.values(ACCESOS_DEMO).map((account) => account.email);
  return conCliente(url, async (client) => {
    const result = await client.query<{ email: string }>(
      'select email from "User" where email = any($1::text[])',
      [emails],
    );
    return new Set(result.rows.map((row) => row.email));
  });
}
