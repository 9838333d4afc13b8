import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

export type SchemaEngine = bg.SchemaEngine;

/** The schema the engine is started with: a path (for messages) and its text. */
export interface SchemaFile {
  path: string;
  text: string;
}

let loading: Promise<void> | undefined;

/**
 * The package entry imports the `.wasm` file as an ES module, which Node refuses, so the module is
 * instantiated here by hand, once per process.
 */
function loadWasm(): Promise<void> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    const glue = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(join(dirname(glue), "schema_engine_bg.wasm"));
    // The engine arms timers it never clears (the 10 s advisory-lock timeout among them); unref
    // them so that they do not hold the process open once the work is done.
    const glueExports: WebAssembly.ModuleImports = { ...bg };
    for (const name of Object.keys(glueExports).filter((n) => n.startsWith("__wbg_setTimeout_"))) {
      glueExports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
    }
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glueExports });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  })();
  return loading;
}

/**
 * An adapter for engines that only diff schemas. The engine still probes its database once when it
 * starts (schema `public` present? server version?); this answers that probe as a PostgreSQL 15
 * server would and refuses everything else.
 */
function offlineAdapterFactory(): SqlMigrationAwareDriverAdapterFactory {
  const refuse = () => Promise.reject(new Error("Este motor de esquemas no tiene base de datos."));
  const adapter: SqlDriverAdapter = {
    provider: "postgres",
    adapterName: "offline",
    queryRaw: async () => ({
      columnNames: ["exists", "version", "numeric_version"],
      columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
      rows: [[true, "PostgreSQL 15", 150000]],
    }),
    executeRaw: refuse,
    executeScript: refuse,
    startTransaction: refuse,
    dispose: async () => {},
  };
  return {
    provider: "postgres",
    adapterName: "offline",
    connect: async () => adapter,
    connectToShadowDb: refuse,
  };
}

/**
 * adapter-pg runs a script by splitting it at every ";", string literals included (`DEFAULT 'a;b'`
 * breaks). Send each migration whole instead, as one simple query: one implicit transaction, as
 * with Prisma's native engine. A single connection: the engine's advisory lock and the statements
 * it runs share one session.
 */
function databaseAdapterFactory(pool: pg.Pool, esquema?: string): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaPg(pool, esquema ? { schema: esquema } : undefined);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      adapter.executeScript = async (script) => {
        await pool.query(script).catch((error: unknown) => {
          if (!(error instanceof pg.DatabaseError)) throw error;
          throw new DriverAdapterError({
            kind: "postgres",
            code: error.code ?? "N/A",
            severity: error.severity ?? "N/A",
            message: error.message,
            detail: error.detail,
            column: error.column,
            hint: error.hint,
          });
        });
      };
      return adapter;
    },
    connectToShadowDb: () => Promise.reject(new Error("Estas herramientas no usan base de datos de sombra.")),
  };
}

/**
 * Where the engine works: a database, in its `public` schema or in `esquema` (where a restore builds
 * the backup's schema before putting it in place of `public`).
 */
export type Destino = string | { url: string; esquema: string };

/**
 * Runs `work` with a schema engine for `schema`, connected to `destino` (or to no database, for
 * diffs between schemas), then frees the engine and closes its connections so the process can exit.
 */
export async function conMotor<T>(
  schema: SchemaFile,
  destino: Destino | null,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const { url, esquema } =
    typeof destino === "string" ? { url: destino, esquema: undefined } : (destino ?? {});
  const pool = url
    ? new pg.Pool({
        connectionString: url,
        max: 1,
        // The migrations' SQL names its tables without a schema: they land in the first of the path.
        ...(esquema ? { options: `-c search_path=${esquema}` } : {}),
      })
    : null;
  const factory = pool ? databaseAdapterFactory(pool, esquema) : offlineAdapterFactory();
  try {
    const engine = await bg.SchemaEngine.new(
      { datamodels: [[schema.path, schema.text]] },
      () => {},
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    try {
      return await work(engine);
    } finally {
      engine.free();
    }
  } finally {
    await pool?.end();
  }
}
