import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Replaces the database name of a postgres URL. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

const SAFE_DB = /^[a-z_][a-z0-9_]{0,62}$/;

export async function createDatabase(adminUrl: string, name: string): Promise<void> {
  if (!SAFE_DB.test(name)) throw new Error(`unsafe database name ${name}`);
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    const exists = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await c.query(`CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await c.end();
  }
}

/** Drops a database. Refuses any name without `test` in it: tests never touch a developer's data. */
export async function dropTestDatabase(adminUrl: string, name: string): Promise<void> {
  if (!SAFE_DB.test(name) || !name.includes('test')) throw new Error(`refusing to drop non-test database ${name}`);
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await c.end();
  }
}

export function randomTestDatabaseName(label = 'it'): string {
  return `sanpuku_test_${label.replace(/[^a-z0-9]/g, '_').slice(0, 20)}_${randomBytes(4).toString('hex')}`;
}
