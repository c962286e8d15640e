import type { EntityManager } from 'typeorm';

/** The parts of node-postgres' protocol connection that COPY FROM STDIN uses (pg ≥ 8: Connection#sendCopyFromChunk, #endCopyFrom). */
interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/**
 * A node-postgres "submittable" that runs `COPY … FROM STDIN` with data already in memory. pg
 * routes the server's CopyInResponse to `handleCopyInResponse`; this is what pg-copy-streams
 * does, without the dependency or the stream.
 */
class CopyFromChunks {
  private failed: Error | null = null;
  constructor(
    private readonly text: string,
    private readonly chunks: readonly Buffer[],
    private readonly done: (err: Error | null) => void,
  ) {}
  submit(connection: CopyConnection): void {
    connection.query(this.text);
  }
  handleCopyInResponse(connection: CopyConnection): void {
    for (const c of this.chunks) connection.sendCopyFromChunk(c);
    connection.endCopyFrom();
  }
  handleCommandComplete(): void {}
  handleReadyForQuery(): void {
    this.done(this.failed);
  }
  handleError(err: Error): void {
    // pg clears the active query before an error, so readyForQuery will not reach us.
    this.failed = err;
    this.done(err);
  }
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
}

/** A value in COPY's text format: \N for null; backslash, tab, newline and carriage return escaped. */
export function copyValue(v: string | number | null): string {
  if (v === null) return '\\N';
  if (typeof v === 'number') return String(v);
  return /[\\\t\n\r]/.test(v) ? v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : v;
}

/**
 * Streams rows into `table (columns)` with COPY FROM STDIN on the transaction's own connection
 * (so it commits or rolls back with the rest of the import). `line(i)` renders row i as
 * tab-separated `copyValue`s; rows are sent in chunks of about 1 MB, `progress` after each.
 */
export async function copyRows(
  m: EntityManager,
  table: string,
  columns: readonly string[],
  count: number,
  line: (i: number) => string,
  progress?: (done: number) => void,
): Promise<void> {
  const client = (m.queryRunner as unknown as { databaseConnection?: { query(q: unknown): unknown } } | undefined)?.databaseConnection;
  if (!client) throw new Error('copyRows needs a transaction on a PostgreSQL connection');
  const chunks: Buffer[] = [];
  const batch = 4000;
  for (let i = 0; i < count; i += batch) {
    let s = '';
    for (let j = i; j < Math.min(count, i + batch); j++) s += line(j) + '\n';
    chunks.push(Buffer.from(s, 'utf8'));
  }
  await new Promise<void>((resolve, reject) => {
    client.query(new CopyFromChunks(`COPY ${table} (${columns.join(', ')}) FROM STDIN`, chunks, (err) => (err ? reject(err) : resolve())));
  });
  progress?.(count);
}
