import { createTestDatabase } from "../helpers/database";

/**
 * One fresh, migrated database per run. Test workers start after this and inherit its
 * DATABASE_URL.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  return database.drop;
}
