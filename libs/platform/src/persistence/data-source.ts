import { DataSource, EntitySchema, MixedList } from 'typeorm';
import { PlatformTables1764200000000 } from './platform-tables.migration';

export interface ServiceDataSourceOptions {
  url: string;
  /** The service's own schema: catalogue, region, matching. No cross-schema joins. */
  schema: string;
   
  entities: MixedList<Function | string | EntitySchema>;
   
  migrations: Function[];
  poolSize?: number;
}

/**
 * One DataSource per service, bound to its schema. Migrations only: `synchronize` is off. The
 * platform's outbox/inbox tables come first in every service's migration list.
 */
export function createServiceDataSource(o: ServiceDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: o.url,
    schema: o.schema,
    entities: o.entities,
    migrations: [PlatformTables1764200000000, ...o.migrations],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    // Unqualified names in migrations and queries resolve to the service's own schema.
    extra: { max: o.poolSize ?? 10, application_name: `sanpuku-${o.schema}`, options: `-c search_path="${o.schema}",public` },
  });
}

/** Creates the schema if needed, then applies pending migrations. */
export async function initialiseServiceDataSource(ds: DataSource): Promise<void> {
  const schema = (ds.options as { schema?: string }).schema;
  if (!ds.isInitialized) await ds.initialize();
  if (schema) await ds.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  await ds.runMigrations({ transaction: 'each' });
}
