/**
 * Flows whose effects can be counted exactly, end to end, while faults are injected:
 *
 * - EventFlow: segment-changed events written to region's outbox exactly as region's own
 *   OutboxWriter writes them (same row, same envelope), which region's relay publishes to Kafka
 *   and matching consumes into its read model. Lost = written but never in matching's inbox;
 *   republished = copies of one event on the topic beyond the first (at-least-once after a relay
 *   crash; the inbox absorbs them); applied twice = read-model versions beyond what was sent.
 * - ClientFlow: family users filing help requests through the gateway (one user per operation,
 *   so every row is attributable). Lost = acknowledged with an id but no row; duplicated = more
 *   than one row for one operation; "applied though the client saw an error" is reported too.
 */
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { Topics } from '@sanpuku/contracts';
import { Actor, DEVELOPMENT_JWT_SECRET, issueToken, readTopic } from '@sanpuku/platform';

export class FaultDb {
  readonly pool: Pool;
  constructor(url: string) {
    this.pool = new Pool({ connectionString: url, max: 3 });
    // An idle client's connection can be ended by the server (the test database is dropped with
    // FORCE at teardown, a killed service's backend goes away): without a listener pg's Pool
    // re-emits that as an unhandled 'error' and fails the whole test file after it passed.
    this.pool.on('error', () => undefined);
  }
  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool.query(sql, params)).rows as T[];
  }
  async count(sql: string, params: unknown[] = []): Promise<number> {
    const [r] = await this.query<{ n: number }>(sql, params);
    return Number(r?.n ?? 0);
  }
  async schemaExists(schema: string, table: string): Promise<boolean> {
    return (await this.count(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2`, [schema, table])) === 1;
  }
  close(): Promise<void> {
    return this.pool.end();
  }
}

/** Region's classification events, written to region's outbox, counted in matching's inbox. */
export class EventFlow {
  /** Event id → (municipality code, version). */
  readonly written = new Map<string, { code: string; version: number }>();
  private readonly versions = new Map<string, number>();
  private readonly codes: string[];

  constructor(
    private readonly db: FaultDb,
    /** How many distinct municipalities the events go to (each gets versions 1, 2, …). */
    codeCount = 50,
    codeBase = 90000,
  ) {
    this.codes = Array.from({ length: codeCount }, (_, i) => String(codeBase + i));
  }

  /** Appends `n` events in one transaction, as region's OutboxWriter would. */
  async write(n: number): Promise<string[]> {
    const rows: { id: string; code: string; version: number; envelope: string }[] = [];
    for (let i = 0; i < n; i++) {
      const code = this.codes[(this.written.size + i) % this.codes.length];
      const version = (this.versions.get(code) ?? 0) + 1;
      this.versions.set(code, version);
      const id = randomUUID();
      const envelope = {
        id,
        type: 'region.classification.segment-changed',
        specversion: '1.0',
        source: '/sanpuku/region',
        subject: code,
        time: new Date().toISOString(),
        dataversion: '1',
        correlationid: randomUUID(),
        causationid: null,
        data: { municipalityCode: code, runId: randomUUID(), policyId: 'faults@1', previousSegment: null, segment: (['A', 'B', 'C'] as const)[version % 3], tier: 'general_city', densityPerKm2: 1000, sufficiency: 0.5, version },
      };
      rows.push({ id, code, version, envelope: JSON.stringify(envelope) });
    }
    const client = await this.db.pool.connect();
    try {
      await client.query('BEGIN');
      for (const r of rows) {
        await client.query(`INSERT INTO region.outbox (id, topic, message_key, type, envelope) VALUES ($1, $2, $3, $4, $5)`, [r.id, Topics.regionClassification, r.code, 'region.classification.segment-changed', r.envelope]);
      }
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      // Not written: forget the versions handed out.
      for (const r of rows) if (this.versions.get(r.code) === r.version) this.versions.set(r.code, r.version - 1);
      throw err;
    } finally {
      client.release();
    }
    for (const r of rows) this.written.set(r.id, { code: r.code, version: r.version });
    return rows.map((r) => r.id);
  }

  /** How many of the written events matching has applied (its inbox). */
  async applied(): Promise<number> {
    return this.db.count(`SELECT count(*)::int AS n FROM matching.inbox WHERE consumer_group = 'matching' AND event_id = ANY($1::uuid[])`, [[...this.written.keys()]]);
  }

  /** Events of this flow applied after `since` (ms epoch), to time when consumption resumed. */
  async firstAppliedAfter(since: number): Promise<number | null> {
    const [r] = await this.db.query<{ t: Date | null }>(`SELECT min(processed_at) AS t FROM matching.inbox WHERE consumer_group = 'matching' AND event_id = ANY($1::uuid[]) AND processed_at >= to_timestamp($2 / 1000.0)`, [
      [...this.written.keys()],
      since,
    ]);
    return r?.t ? new Date(r.t).getTime() : null;
  }

  /** Waits (bounded) until every written event is applied; returns how many are. */
  async settle(timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    let n = await this.applied();
    while (n < this.written.size && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      n = await this.applied();
    }
    return n;
  }

  /**
   * The read model must hold, for every municipality, the latest version sent — no more (an event
   * applied twice on top of a newer one), no less (a lost one). Returns the municipalities that differ.
   */
  async readModelMismatches(): Promise<number> {
    const rows = await this.db.query<{ municipality_code: string; version: number }>(`SELECT municipality_code, version FROM matching.area_segment_read_model WHERE municipality_code = ANY($1)`, [[...this.versions.keys()]]);
    const seen = new Map(rows.map((r) => [r.municipality_code.trim(), Number(r.version)]));
    let bad = 0;
    for (const [code, v] of this.versions) if (v > 0 && seen.get(code) !== v) bad++;
    return bad;
  }

  /** Copies of this flow's events on the topic beyond the first (reads the topic from the start). */
  async republished(brokers: string[], topicPrefix: string, timeoutMs = 4000): Promise<number> {
    const msgs = await readTopic({ brokers, clientId: 'faults-reader', topicPrefix }, topicPrefix + Topics.regionClassification, Number.MAX_SAFE_INTEGER, timeoutMs);
    const copies = new Map<string, number>();
    for (const m of msgs) {
      const id = m.headers['ce_id'] ?? (m.value ? (JSON.parse(m.value) as { id?: string }).id : undefined);
      if (id && this.written.has(id)) copies.set(id, (copies.get(id) ?? 0) + 1);
    }
    let extra = 0;
    for (const c of copies.values()) extra += c - 1;
    return extra;
  }
}

export interface OpResult {
  ok: boolean;
  /** extensions.code of the first error, or NETWORK when the gateway could not be reached. */
  code?: string;
}

const FILE_REQUEST = `mutation($input: FileHelpRequestInput!) { fileHelpRequest(input: $input) { id } }`;

/** Family users filing help requests through the gateway, one user (and so one row) per operation. */
export class ClientFlow {
  tried = 0;
  succeeded = 0;
  readonly errors: Record<string, number> = {};
  /** Operation user id → the request id the client was given. */
  readonly acknowledged = new Map<string, string>();
  /** Operations the client saw fail (they may still have been applied). */
  readonly failed = new Set<string>();
  private readonly runId = randomUUID().slice(0, 8);

  constructor(
    private readonly gatewayUrls: () => string[],
    readonly municipalityCode = '37201',
  ) {}

  get userPrefix(): string {
    return `fault-${this.runId}-`;
  }

  /** One operation; resolves with its outcome (never throws). */
  async once(): Promise<OpResult> {
    const n = this.tried++;
    const sub = `${this.userPrefix}${n}`;
    const urls = this.gatewayUrls();
    const url = urls[n % urls.length];
    const actor: Actor = { sub, name: '障害試験の家族', role: 'family' };
    const token = await issueToken({ secret: DEVELOPMENT_JWT_SECRET, issuer: 'sanpuku', audience: 'sanpuku-api' }, actor);
    const input = {
      senior: { fullName: '試験 キヨ', fullNameKana: 'シケン キヨ', addressText: '香川県高松市番町一丁目1-1', contactPhone: '087-000-1234', careLevel: 'care_1' },
      ageBand: '85_89',
      municipalityCode: this.municipalityCode,
      livingSituation: 'alone',
      needs: ['meal_delivery'],
      preferences: { coverage: 'any' },
      acquisitionConsent: { givenBy: 'family', givenByName: '試験 花子', textVersion: 'acquisition-1' },
    };
    let result: OpResult;
    try {
      const r = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: FILE_REQUEST, variables: { input } }),
        signal: AbortSignal.timeout(10_000),
      });
      const body = (await r.json()) as { data?: { fileHelpRequest?: { id: string } | null } | null; errors?: { extensions?: { code?: string } }[] };
      const id = body.data?.fileHelpRequest?.id;
      if (id && !body.errors?.length) {
        this.acknowledged.set(sub, id);
        result = { ok: true };
      } else {
        result = { ok: false, code: body.errors?.[0]?.extensions?.code ?? `HTTP_${r.status}` };
      }
    } catch {
      result = { ok: false, code: 'NETWORK' };
    }
    if (result.ok) this.succeeded++;
    else {
      this.failed.add(sub);
      this.errors[result.code!] = (this.errors[result.code!] ?? 0) + 1;
    }
    return result;
  }

  /** Rows per operation in matching: lost (acknowledged, no row), duplicated, applied-though-failed. */
  async tally(db: FaultDb): Promise<{ lost: number; duplicated: number; appliedThoughFailed: number }> {
    const rows = await db.query<{ sub: string; n: number }>(`SELECT filed_by_user_id AS sub, count(*)::int AS n FROM matching.help_request WHERE filed_by_user_id LIKE $1 GROUP BY 1`, [`${this.userPrefix}%`]);
    const per = new Map(rows.map((r) => [r.sub, Number(r.n)]));
    let lost = 0;
    let duplicated = 0;
    let appliedThoughFailed = 0;
    for (const sub of this.acknowledged.keys()) if (!per.has(sub)) lost++;
    for (const [sub, n] of per) {
      if (n > 1) duplicated += n - 1;
      if (this.failed.has(sub)) appliedThoughFailed++;
    }
    return { lost, duplicated, appliedThoughFailed };
  }
}
