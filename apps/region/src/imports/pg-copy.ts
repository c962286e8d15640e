import type { EntityManager } from 'typeorm';

/** The parts of node-postgres' protocol connection that COPY FROM STDIN uses (pg ≥ 8: Connection#sendCopyFromChunk, #endCopyFrom, #sendCopyFail). */
interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
}

/**
 * A node-postgres "submittable" (pg routes the server's CopyInResponse to
 * `handleCopyInResponse`; what pg-copy-streams does, without the dependency) that runs
 * `COPY … FROM STDIN` fed while the caller still produces the data: chunks go to the server as
 * they are written (PostgreSQL stores one while the caller prepares the next), then `end` sends
 * CopyDone, or `fail` CopyFail, which aborts the COPY and so the transaction.
 */
class CopyFromStream {
  private connection: CopyConnection | null = null;
  private failed: Error | null = null;
  private settle!: (err: Error | null) => void;
  private opened!: (err: Error | null) => void;
  /** The server accepted the COPY (CopyInResponse), or refused it. */
  readonly open = new Promise<void>((resolve, reject) => (this.opened = (err) => (err ? reject(err) : resolve())));
  /** The COPY finished (ReadyForQuery), or failed. */
  readonly done = new Promise<void>((resolve, reject) => (this.settle = (err) => (err ? reject(err) : resolve())));
  constructor(private readonly text: string) {
    // Whoever awaits these sees the error; an unawaited one must not crash the process.
    this.open.catch(() => undefined);
    this.done.catch(() => undefined);
  }
  submit(connection: CopyConnection): void {
    connection.query(this.text);
  }
  handleCopyInResponse(connection: CopyConnection): void {
    this.connection = connection;
    this.opened(null);
  }
  /** False once the server has refused the COPY: further data would be dropped anyway. */
  write(chunk: Buffer): boolean {
    if (this.failed) return false;
    this.connection!.sendCopyFromChunk(chunk);
    return true;
  }
  end(): Promise<void> {
    if (!this.failed) this.connection!.endCopyFrom();
    return this.done;
  }
  fail(reason: string): Promise<void> {
    if (!this.failed) this.connection!.sendCopyFail(reason);
    return this.done.catch(() => undefined);
  }
  handleCommandComplete(): void {}
  handleReadyForQuery(): void {
    this.settle(this.failed);
  }
  handleError(err: Error): void {
    // pg clears the active query before an error, so readyForQuery will not reach us.
    this.failed = err;
    this.opened(err);
    this.settle(err);
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

function copyClient(m: EntityManager): { query(q: unknown): unknown } {
  const client = (m.queryRunner as unknown as { databaseConnection?: { query(q: unknown): unknown } } | undefined)?.databaseConnection;
  if (!client) throw new Error('streamCopy needs a transaction on a PostgreSQL connection');
  return client;
}

/** Where a streamed COPY's rows go. */
export interface CopySink {
  /** COPY text, usually one row with its newline; a row may also come in several pieces. */
  line(text: string): void;
  /** Sends what is buffered and lets the connection's I/O run (the server reads while the caller works on). */
  flush(): Promise<void>;
}

/** How much COPY text (UTF-16 units) is sent at once: large enough that messages cost nothing, small enough that the server starts early. */
const CHUNK_CHARS = 1 << 17;

/**
 * Runs `produce` with a COPY FROM STDIN into `table (columns)` open on the transaction's own
 * connection: rows written to the sink reach PostgreSQL in chunks of 128 Ki characters while
 * `produce` goes on. When `produce` throws, the COPY is cancelled (CopyFail) before the error
 * goes on, so the connection is free for the rollback; no row of it remains.
 */
export async function streamCopy<T>(m: EntityManager, table: string, columns: readonly string[], produce: (sink: CopySink) => Promise<T>): Promise<T> {
  const copy = new CopyFromStream(`COPY ${table} (${columns.join(', ')}) FROM STDIN`);
  copyClient(m).query(copy);
  // Rows are produced synchronously file by file; once the COPY is open each chunk is written to
  // the socket at once, so the server works through it while the next one is being parsed.
  await copy.open;
  let buffered = '';
  const send = () => {
    // A row may come in pieces: never cut a surrogate pair, whose halves alone are no UTF-8.
    const last = buffered.charCodeAt(buffered.length - 1);
    const keep = last >= 0xd800 && last <= 0xdbff ? buffered.slice(-1) : '';
    const out = keep ? buffered.slice(0, -1) : buffered;
    if (out) copy.write(Buffer.from(out, 'utf8'));
    buffered = keep;
  };
  const sink: CopySink = {
    line(text) {
      buffered += text;
      if (buffered.length >= CHUNK_CHARS) send();
    },
    flush() {
      send();
      return new Promise((resolve) => setImmediate(resolve));
    },
  };
  let result: T;
  try {
    result = await produce(sink);
    send();
    if (buffered) throw new Error('streamCopy: the data ends inside a surrogate pair');
  } catch (err) {
    await copy.fail('import refused');
    throw err;
  }
  await copy.end();
  return result;
}
