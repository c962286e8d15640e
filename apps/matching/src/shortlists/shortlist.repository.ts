import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ExposureState, FilterOutcome, MatchingConfig, ScorePart } from '@sanpuku/matching-domain';
import type { OfferingDisplay } from './offering-snapshot.mapper';

export interface StoredExplanation {
  criteriaMet: FilterOutcome[];
  notes: FilterOutcome[];
  scoreParts: ScorePart[];
}

export interface EntryRow {
  position: number;
  offering_id: string;
  organization_id: string;
  score: number;
  band_id: string;
  offering: OfferingDisplay;
  placement: { rule: string; ja: string; en: string };
  explanation: StoredExplanation;
}

export interface ShortlistRow {
  id: string;
  request_id: string;
  round: number;
  rotation_scope: string;
  scope_revision: number;
  generated_at: Date;
  distance_model: string;
  config: MatchingConfig;
  /** title and organizationName: stored since excluded candidates are shown by name (older rows: from the read model). */
  excluded: { offeringId: string; organizationId: string; title?: string; organizationName?: string; failed: FilterOutcome[] }[];
  uncovered_needs: string[];
}

export interface NewShortlist {
  id: string;
  requestId: string;
  round: number;
  rotationKey: string;
  rotationScope: string;
  scopeRevision: number;
  generatedAt: Date;
  distanceModel: string;
  config: unknown;
  bands: unknown;
  excluded: unknown[];
  uncoveredNeeds: readonly string[];
}

export interface NewEntry {
  position: number;
  offering_id: string;
  organization_id: string;
  score: number;
  band_id: string;
  offering: OfferingDisplay | undefined;
  placement: unknown;
  explanation: unknown;
}

export interface NewExposure {
  rotation_key: string;
  offering_id: string;
  organization_id: string;
  position: number;
  score: number;
  band_id: string;
  municipality_code: string;
  shown_at: string | Date;
}

const ENTRY_COLUMNS = { position: 'int', offering_id: 'uuid', organization_id: 'uuid', score: 'float8', band_id: 'text', offering: 'jsonb', placement: 'jsonb', explanation: 'jsonb' };
const EXPOSURE_COLUMNS = {
  rotation_key: 'text',
  offering_id: 'uuid',
  organization_id: 'uuid',
  position: 'int',
  score: 'float8',
  band_id: 'text',
  municipality_code: 'text',
  shown_at: 'timestamptz',
};

/**
 * The INSERT of rows belonging to the shortlist `$5` from the JSON array parameter `$param`, one
 * row per element, written only when the rotation update (`rot`) was.
 */
function rowsOfShortlist(table: 'shortlist_entry' | 'exposure_record', columns: Record<string, string>, param: number): string {
  const names = Object.keys(columns);
  return `INSERT INTO ${table} (shortlist_id, ${names.join(', ')})
         SELECT $5::uuid, ${names.map((n) => `x.${n}`).join(', ')}
           FROM jsonb_to_recordset($${param}::jsonb) AS x(${names.map((n) => `${n} ${columns[n]}`).join(', ')})
          WHERE EXISTS (SELECT 1 FROM rot)`;
}

/**
 * The shortlists feature's tables and all their SQL: `rotation_state`, `shortlist`,
 * `shortlist_entry` and `exposure_record`. Writes run in the caller's unit of work.
 */
@Injectable()
export class ShortlistRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * The rotation state of a scope as last committed, without a lock (null before its first
   * shortlist): what a round is computed against before `lockRotation` confirms it.
   */
  async peekRotation(m: EntityManager | DataSource, scope: string): Promise<{ state: ExposureState; revision: number } | null> {
    const [row]: { state: ExposureState; revision: number }[] = await m.query(`SELECT state, revision FROM rotation_state WHERE scope_key = $1`, [scope]);
    return row ?? null;
  }

  /**
   * The rotation state of a scope, locked until the caller commits. `exists`: the caller saw the
   * row already, so the insert of an empty one (first use of the scope) is skipped.
   */
  async lockRotation(m: EntityManager, scope: string, municipalityCode: string, empty: ExposureState, exists = false): Promise<{ state: ExposureState; revision: number }> {
    if (!exists) {
      await m.query(`INSERT INTO rotation_state (scope_key, municipality_code, state, revision) VALUES ($1, $2, $3, 0) ON CONFLICT (scope_key) DO NOTHING`, [
        scope,
        municipalityCode,
        JSON.stringify(empty),
      ]);
    }
    const [locked]: { state: ExposureState; revision: number }[] = await m.query(`SELECT state, revision FROM rotation_state WHERE scope_key = $1 FOR UPDATE`, [scope]);
    return locked;
  }

  async nextRound(m: EntityManager, requestId: string): Promise<number> {
    const [{ round }]: { round: number }[] = await m.query(`SELECT coalesce(max(round), 0)::int + 1 AS round FROM shortlist WHERE request_id = $1`, [requestId]);
    return round;
  }

  /**
   * One statement, the last before the caller commits while it holds the rotation lock: the next
   * rotation state (if nobody wrote one since `previousRevision`), the shortlist, its entries and
   * its exposure records. Nothing is written when the revision moved on; returns whether it was.
   */
  async saveRound(m: EntityManager, rotation: { scope: string; next: ExposureState; previousRevision: number }, s: NewShortlist, entries: NewEntry[], exposure: NewExposure[]): Promise<boolean> {
    const [{ saved }]: { saved: boolean }[] = await m.query(
      `WITH rot AS (
         UPDATE rotation_state SET state = $2::jsonb, revision = $3::int, updated_at = now() WHERE scope_key = $1 AND revision = $4::int RETURNING 1
       ), s AS (
         INSERT INTO shortlist (id, request_id, round, rotation_key, rotation_scope, scope_revision, generated_at, distance_model, config, bands, excluded, uncovered_needs)
         SELECT $5::uuid, $6::uuid, $7::int, $8::text, $9::text, $10::int, $11::timestamptz, $12::text, $13::jsonb, $14::jsonb, $15::jsonb, $16::text[] FROM rot
       ), e AS (
         ${rowsOfShortlist('shortlist_entry', ENTRY_COLUMNS, 17)}
       ), x AS (
         ${rowsOfShortlist('exposure_record', EXPOSURE_COLUMNS, 18)}
       )
       SELECT EXISTS (SELECT 1 FROM rot) AS saved`,
      [
        rotation.scope,
        JSON.stringify(rotation.next),
        rotation.next.revision,
        rotation.previousRevision,
        s.id,
        s.requestId,
        s.round,
        s.rotationKey,
        s.rotationScope,
        s.scopeRevision,
        s.generatedAt,
        s.distanceModel,
        JSON.stringify(s.config),
        JSON.stringify(s.bands),
        JSON.stringify(s.excluded),
        s.uncoveredNeeds,
        JSON.stringify(entries),
        JSON.stringify(exposure),
      ],
    );
    return saved;
  }

  /** The latest shortlist of a request with its entries in order. */
  async latest(requestId: string, m: EntityManager | DataSource = this.ds): Promise<{ shortlist: ShortlistRow; entries: EntryRow[] } | null> {
    const [s]: ShortlistRow[] = await m.query(`SELECT * FROM shortlist WHERE request_id = $1 ORDER BY round DESC LIMIT 1`, [requestId]);
    if (!s) return null;
    const entries: EntryRow[] = await m.query(`SELECT * FROM shortlist_entry WHERE shortlist_id = $1 ORDER BY position`, [s.id]);
    return { shortlist: s, entries };
  }

  /** How the latest shortlist stands: how many entries, how many needs it left uncovered. */
  async latestCounts(requestId: string): Promise<{ entries: number; uncovered: number } | null> {
    const [s]: { entries: number; uncovered: number }[] = await this.ds.query(
      `SELECT (SELECT count(*)::int FROM shortlist_entry e WHERE e.shortlist_id = s.id) AS entries, cardinality(s.uncovered_needs) AS uncovered
         FROM shortlist s WHERE s.request_id = $1 ORDER BY s.round DESC LIMIT 1`,
      [requestId],
    );
    return s ?? null;
  }

  /** The entry of an offering on the request's latest shortlist that lists it. */
  async entryFor(m: EntityManager, requestId: string, offeringId: string): Promise<(EntryRow & { shortlist_id: string }) | null> {
    const rows: (EntryRow & { shortlist_id: string })[] = await m.query(
      `SELECT e.* FROM shortlist_entry e JOIN shortlist s ON s.id = e.shortlist_id
        WHERE s.request_id = $1 AND e.offering_id = $2 ORDER BY s.round DESC LIMIT 1`,
      [requestId, offeringId],
    );
    return rows[0] ?? null;
  }

  /** Entries of the latest shortlist, in order, leaving out some offerings, at most `limit`. */
  async latestEntriesExcept(m: EntityManager | DataSource, requestId: string, excludedOfferingIds: readonly string[], limit: number): Promise<EntryRow[]> {
    return m.query(
      `SELECT e.* FROM shortlist_entry e
        WHERE e.shortlist_id = (SELECT id FROM shortlist WHERE request_id = $1 ORDER BY round DESC LIMIT 1)
          AND NOT (e.offering_id = ANY($2::uuid[]))
        ORDER BY e.position LIMIT $3`,
      [requestId, excludedOfferingIds, limit],
    );
  }

  /** The offerings on the request's latest shortlist, in order (none without one). */
  async latestOfferingIds(m: EntityManager, requestId: string): Promise<string[]> {
    const rows: { offering_id: string }[] = await m.query(
      `SELECT e.offering_id FROM shortlist_entry e
        WHERE e.shortlist_id = (SELECT id FROM shortlist WHERE request_id = $1 ORDER BY round DESC LIMIT 1)
        ORDER BY e.position`,
      [requestId],
    );
    return rows.map((r) => r.offering_id);
  }

  /** Of `requestIds`, those whose latest shortlist left one of `categories` uncovered. */
  async leavingUncovered(m: EntityManager, requestIds: readonly string[], categories: readonly string[]): Promise<Set<string>> {
    if (requestIds.length === 0) return new Set();
    const rows: { request_id: string }[] = await m.query(
      `SELECT s.request_id FROM shortlist s
        WHERE s.request_id = ANY($1::uuid[]) AND s.uncovered_needs && $2::text[]
          AND s.round = (SELECT max(s2.round) FROM shortlist s2 WHERE s2.request_id = s.request_id)`,
      [requestIds, categories],
    );
    return new Set(rows.map((r) => r.request_id));
  }

  /**
   * Rewrites the stored words of the requests' shortlists (exclusions and each entry's
   * explanation) with `rewrite`: erasure redacts the ones naming the exact care level.
   */
  async rewriteStoredWords(m: EntityManager, requestIds: readonly string[], rewrite: (stored: unknown) => unknown): Promise<void> {
    const shortlists: { id: string; excluded: unknown }[] = await m.query(`SELECT id, excluded FROM shortlist WHERE request_id = ANY ($1::uuid[])`, [requestIds]);
    for (const s of shortlists) {
      await m.query(`UPDATE shortlist SET excluded = $2::jsonb WHERE id = $1`, [s.id, JSON.stringify(rewrite(s.excluded))]);
      const entries: { position: number; explanation: unknown }[] = await m.query(`SELECT position, explanation FROM shortlist_entry WHERE shortlist_id = $1`, [s.id]);
      for (const e of entries) {
        await m.query(`UPDATE shortlist_entry SET explanation = $3::jsonb WHERE shortlist_id = $1 AND position = $2`, [s.id, e.position, JSON.stringify(rewrite(e.explanation))]);
      }
    }
  }

  /** The exposure log of a municipality in [from, to) (the neutrality report's input). */
  async exposuresIn(
    m: EntityManager | DataSource,
    municipalityCode: string,
    from: Date,
    to: Date,
  ): Promise<{ offering_id: string; organization_id: string; position: number; municipality_code: string; shown_at: Date }[]> {
    return m.query(
      `SELECT offering_id, organization_id, position, municipality_code, shown_at FROM exposure_record
        WHERE municipality_code = $1 AND shown_at >= $2 AND shown_at < $3`,
      [municipalityCode, from, to],
    );
  }

  /** Whether a shortlist ever showed an offering in the municipality (one of the signs that matching knows it). */
  async anyExposureIn(m: EntityManager | DataSource, municipalityCode: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM exposure_record WHERE municipality_code = $1 LIMIT 1`, [municipalityCode]);
    return rows.length > 0;
  }
}
