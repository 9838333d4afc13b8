// What the application's role may do in its database (decision 0024). The migration
// 20261208110000_rol_de_la_aplicacion creates the group `plan_accion_aplicacion` and grants it the
// data of `public` (the audit log only to read and add to); this module covers what the migrations
// cannot: the job queue's schema, which `prepararBase` installs after them, the login roles that
// join the group, and the check a deployment makes of the role it was given.
import { createHash, createHmac, pbkdf2Sync, randomBytes } from "node:crypto";
import pg from "pg";

export const GRUPO_DE_LA_APLICACION = "plan_accion_aplicacion";
const ESQUEMA_DE_LA_COLA = "graphile_worker";

/**
 * The SCRAM-SHA-256 verifier of `clave`, as PostgreSQL stores it (what psql's \password sends): the
 * password itself never reaches the server, nor its log should a statement fail.
 */
export function verificadorScram(clave: string, iteraciones = 4096): string {
  const sal = randomBytes(16);
  const salada = pbkdf2Sync(clave.normalize("NFKC"), sal, iteraciones, 32, "sha256");
  const clienteClave = createHmac("sha256", salada).update("Client Key").digest();
  const guardada = createHash("sha256").update(clienteClave).digest();
  const servidor = createHmac("sha256", salada).update("Server Key").digest();
  return `SCRAM-SHA-256$${iteraciones}:${sal.toString("base64")}$${guardada.toString("base64")}:${servidor.toString("base64")}`;
}

/** A role created by someone else at the same moment is as good as one created here. */
async function crearSiFalta(client: pg.ClientBase, rol: string, sentencia: string): Promise<void> {
  const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [rol]);
  if (rowCount) return;
  await client.query(sentencia).catch((error: { code?: string }) => {
    if (error.code !== "42710" && error.code !== "23505") throw error;
  });
}

/**
 * The login role `usuario`, member of the application's group (created here too when the
 * migrations have not run yet), with `clave` as its password. It owns nothing and creates nothing:
 * everything it may do comes from the group.
 */
export async function asegurarUsuarioDeLaAplicacion(
  client: pg.ClientBase,
  usuario: string,
  clave: string,
): Promise<void> {
  const grupo = client.escapeIdentifier(GRUPO_DE_LA_APLICACION);
  const rol = client.escapeIdentifier(usuario);
  await crearSiFalta(client, GRUPO_DE_LA_APLICACION, `CREATE ROLE ${grupo} NOLOGIN`);
  await crearSiFalta(client, usuario, `CREATE ROLE ${rol} LOGIN IN ROLE ${grupo}`);
  await client.query(
    `ALTER ROLE ${rol} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT ` +
      `PASSWORD ${client.escapeLiteral(verificadorScram(clave))}`,
  );
  await client.query(`GRANT ${grupo} TO ${rol}`);
}

/**
 * graphile-worker enables row level security on its tables without any policy, so that a role which
 * does not own them sees them empty and cannot add a job. The group gets its tables, sequences and a
 * policy on each of them. Run by the owner after the queue is installed or upgraded; idempotent, and
 * harmless when two processes do it at once.
 */
export async function permitirLaColaALaAplicacion(client: pg.ClientBase): Promise<void> {
  await client.query(`
    DO $$
    DECLARE
      tabla text;
    BEGIN
      GRANT USAGE ON SCHEMA ${ESQUEMA_DE_LA_COLA} TO ${GRUPO_DE_LA_APLICACION};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${ESQUEMA_DE_LA_COLA} TO ${GRUPO_DE_LA_APLICACION};
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${ESQUEMA_DE_LA_COLA} TO ${GRUPO_DE_LA_APLICACION};
      FOR tabla IN
        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = '${ESQUEMA_DE_LA_COLA}' AND c.relkind IN ('r', 'p') AND c.relrowsecurity
           AND NOT EXISTS (SELECT 1 FROM pg_policy p
                            WHERE p.polrelid = c.oid AND p.polname = '${GRUPO_DE_LA_APLICACION}')
      LOOP
        BEGIN
          EXECUTE format('CREATE POLICY %I ON ${ESQUEMA_DE_LA_COLA}.%I TO %I USING (true) WITH CHECK (true)',
                         '${GRUPO_DE_LA_APLICACION}', tabla, '${GRUPO_DE_LA_APLICACION}');
        EXCEPTION WHEN duplicate_object THEN NULL;
        END;
      END LOOP;
    END $$`);
}

/**
 * What the role of `urlAplicacion` could do to the audit log that the application never needs: be
 * a superuser, own the table (and with it disable its triggers) or rewrite and remove its rows.
 * Empty when the role is as decision 0024 wants it.
 */
export async function excesosDelRolDeLaAplicacion(urlAplicacion: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: urlAplicacion });
  await client.connect();
  try {
    const {
      rows: [r],
    } = await client.query<{
      rol: string;
      superusuario: boolean;
      dueno: boolean;
      update: boolean;
      delete: boolean;
      truncate: boolean;
    }>(
      `SELECT current_user AS rol,
              (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superusuario,
              pg_has_role(current_user, c.relowner, 'USAGE') AS dueno,
              has_table_privilege(c.oid, 'UPDATE') AS update,
              has_table_privilege(c.oid, 'DELETE') AS delete,
              has_table_privilege(c.oid, 'TRUNCATE') AS truncate
         FROM pg_class c WHERE c.oid = '"AuditLog"'::regclass`,
    );
    if (!r) return [];
    const excesos: string[] = [];
    if (r.superusuario) excesos.push(`es superusuario`);
    if (r.dueno) excesos.push(`es dueño de la tabla "AuditLog" (puede desactivar sus disparadores)`);
    const escrituras = (["update", "delete", "truncate"] as const).filter((p) => r[p]);
    if (escrituras.length > 0) {
      excesos.push(`puede ${escrituras.map((p) => p.toUpperCase()).join(", ")} sobre "AuditLog"`);
    }
    return excesos.map((exceso) => `el rol ${r.rol} ${exceso}`);
  } finally {
    await client.end();
  }
}
