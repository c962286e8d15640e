import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ClassificationRunStoredV1, SegmentChangedV1 } from '@sanpuku/contracts';
import { getLogger, OutboxWriter, UnitOfWork } from '@sanpuku/platform';
import {
  assertValidPolicy,
  ClassificationLevel,
  ClassificationPolicy,
  ClassificationSession,
  ResourceChange,
  SEED_DEFAULT_POLICY,
  WhatIfResult,
} from '@sanpuku/region-domain';
import { loadClassificationInput } from './classification-input';
import { storedParts } from './stored-explanation';

export interface RunSummary {
  runId: string;
  policyRef: string;
  distanceModel: string;
  level: ClassificationLevel;
  unitCount: number;
  blockCount: number;
  resourceCount: number;
  segmentChanges: number;
  diagnostics: { severity: string; code: string; count: number }[];
  startedAt: Date;
  finishedAt: Date;
  /** Wall-clock milliseconds per phase (read, classify, store), for benchmarks and the log. */
  phasesMs: { load: number; classify: number; store: number };
}

export interface Cached {
  runId: string;
  session: ClassificationSession;
}

/**
 * Classification runs: load the current datasets → domain classify (pure) → store the run and
 * every municipality's explanation → write a `segment-changed` event for each municipality whose
 * segment changed, all in one transaction. The session of the latest run stays in memory so a
 * what-if touches only the blocks near the changed shops.
 */
@Injectable()
export class ClassificationService {
  private readonly log = getLogger('classification');
  private cached: Cached | null = null;
  private building: Promise<Cached | null> | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly tx: UnitOfWork,
    private readonly outbox: OutboxWriter,
  ) {}

  async classify(o: { level?: ClassificationLevel; policy?: ClassificationPolicy }): Promise<RunSummary> {
    const policy = o.policy ?? SEED_DEFAULT_POLICY;
    assertValidPolicy(policy);
    const level = o.level ?? 'city';
    const startedAt = new Date();
    const runId = randomUUID();
    const { summary, session } = await this.tx.run(async (m) => {
      // One classification at a time: runs and segment versions stay in a single order.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('region.classification'))`);
      const t0 = performance.now();
      const { input, datasetVersions } = await loadClassificationInput(m, level);
      const t1 = performance.now();
      const session = ClassificationSession.create(input, policy);
      const run = session.result();
      const t2 = performance.now();
      const finishedAt = new Date();
      const diagnostics = new Map<string, { severity: string; code: string; count: number }>();
      for (const d of run.diagnostics) {
        const k = `${d.severity}:${d.code}`;
        diagnostics.set(k, { severity: d.severity, code: d.code, count: (diagnostics.get(k)?.count ?? 0) + 1 });
      }
      const summary: RunSummary = {
        runId,
        policyRef: run.policyRef,
        distanceModel: run.distanceModelRef,
        level,
        unitCount: run.stats.unitCount,
        blockCount: run.stats.blockCount,
        resourceCount: run.stats.countedResourceCount,
        segmentChanges: 0,
        diagnostics: [...diagnostics.values()],
        startedAt,
        finishedAt,
        phasesMs: { load: t1 - t0, classify: t2 - t1, store: 0 },
      };
      await m.query(
        `INSERT INTO classification_run (id, policy_id, policy, unit_level, dataset_versions, distance_model, started_at, finished_at, summary)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [runId, run.policyRef, JSON.stringify(policy), level === 'wards' ? 'ward' : 'city', datasetVersions, run.distanceModelRef, startedAt, finishedAt, JSON.stringify({ stats: run.stats, diagnostics: summary.diagnostics })],
      );
      const previous = new Map<string, { segment: 'A' | 'B' | 'C'; version: number }>(
        (await m.query(`SELECT municipality_code, segment, version FROM area_segment_state FOR UPDATE`)).map((r: { municipality_code: string; segment: 'A' | 'B' | 'C'; version: number }) => [
          r.municipality_code,
          r,
        ]),
      );
      // One statement for every result: the whole country is ~1,750 rows. Explanations go as one
      // json array (a text[] literal of JSON made the server unescape every quote) and the packed
      // uncovered blocks as one binary parameter, cut per row by offset.
      const results = run.municipalities;
      const n = results.length;
      const explanations: string[] = new Array(n);
      const summaries: string[] = new Array(n);
      const packed: Buffer[] = new Array(n);
      const offsets: number[] = new Array(n);
      const lengths: number[] = new Array(n);
      let offset = 0;
      for (let i = 0; i < n; i++) {
        const parts = storedParts(session.explain(results[i].code)!);
        explanations[i] = JSON.stringify(parts.explanation);
        summaries[i] = JSON.stringify(parts.summary);
        packed[i] = parts.uncoveredBlocks;
        offsets[i] = offset + 1; // substring() counts from 1
        lengths[i] = packed[i].length;
        offset += packed[i].length;
      }
      await m.query(
        `INSERT INTO municipality_classification (run_id, municipality_code, tier, segment, density_per_km2, at_home_elderly, covered_elderly, sufficiency, estimated, explanation, explanation_summary, uncovered_blocks)
         SELECT $1::uuid, u.code, u.tier, u.segment, u.density, u.at_home, u.covered, u.sufficiency, u.estimated, e.explanation, s.summary, substring($12::bytea FROM u.off FOR u.len)
         FROM unnest($2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[], $7::float8[], $8::float8[], $9::bool[], $13::int[], $14::int[])
           WITH ORDINALITY AS u(code, tier, segment, density, at_home, covered, sufficiency, estimated, off, len, n)
         JOIN json_array_elements($10::json) WITH ORDINALITY AS e(explanation, n) ON e.n = u.n
         JOIN jsonb_array_elements($11::jsonb) WITH ORDINALITY AS s(summary, n) ON s.n = u.n`,
        [
          runId, results.map((r) => r.code), results.map((r) => r.tier), results.map((r) => r.segment), results.map((r) => r.densityPerKm2), results.map((r) => r.atHomeElderly),
          results.map((r) => r.coveredAtHomeElderly), results.map((r) => r.sufficiency), results.map((r) => r.estimation.estimated), `[${explanations.join(',')}]`,
          `[${summaries.join(',')}]`, Buffer.concat(packed, offset), offsets, lengths,
        ],
      );
      const changed: { c: (typeof results)[number]; prev: { segment: 'A' | 'B' | 'C'; version: number } | undefined; version: number }[] = [];
      for (const c of results) {
        const prev = previous.get(c.code);
        if (prev && prev.segment === c.segment) continue;
        changed.push({ c, prev, version: (prev?.version ?? 0) + 1 });
      }
      if (changed.length > 0) {
        await m.query(
          `INSERT INTO area_segment_state (municipality_code, segment, run_id, version)
           SELECT u.code, u.segment, $1::uuid, u.version FROM unnest($2::text[], $3::text[], $4::int[]) AS u(code, segment, version)
           ON CONFLICT (municipality_code) DO UPDATE SET segment = EXCLUDED.segment, run_id = EXCLUDED.run_id, version = EXCLUDED.version`,
          [runId, changed.map((x) => x.c.code), changed.map((x) => x.c.segment), changed.map((x) => x.version)],
        );
        await this.outbox.appendMany(
          m,
          changed.map(({ c, prev, version }) => ({
            type: SegmentChangedV1.type,
            subject: c.code,
            data: {
              municipalityCode: c.code,
              runId,
              policyId: run.policyRef,
              previousSegment: prev?.segment ?? null,
              segment: c.segment,
              tier: c.tier,
              densityPerKm2: c.densityPerKm2,
              sufficiency: c.sufficiency,
              version,
            },
          })),
        );
      }
      summary.segmentChanges = changed.length;
      // Every run, also one that changed no segment: instances keeping the latest run's figures in memory drop them.
      await this.outbox.append(m, {
        type: ClassificationRunStoredV1.type,
        subject: runId,
        data: { runId, policyId: run.policyRef, level, finishedAt: finishedAt.toISOString(), unitCount: summary.unitCount, segmentChanges: changed.length },
      });
      summary.phasesMs.store = performance.now() - t2;
      return { summary, session };
    });
    this.cached = { runId, session };
    this.log.info({ runId, policy: summary.policyRef, units: summary.unitCount, changes: summary.segmentChanges, phasesMs: summary.phasesMs }, 'classification run stored');
    return summary;
  }

  /** New sufficiency/segment of the municipalities a change of shops would affect, without recomputing the country. */
  async whatIf(change: ResourceChange): Promise<(WhatIfResult & { runId: string; session: ClassificationSession }) | null> {
    const cached = await this.latestSession();
    if (!cached) return null;
    return { ...cached.session.whatIf(change), runId: cached.runId, session: cached.session };
  }

  /** The latest run's session (rebuilt after a restart), or null before the first run. */
  async latestSession(): Promise<Cached | null> {
    if (this.cached) return this.cached;
    // After a restart: rebuild the latest run's session from the stored policy and current data.
    this.building ??= (async () => {
      const [run] = await this.ds.query(`SELECT id, policy, unit_level FROM classification_run ORDER BY finished_at DESC LIMIT 1`);
      if (!run) return null;
      const { input } = await loadClassificationInput(this.ds, run.unit_level === 'ward' ? 'wards' : 'city');
      this.cached = { runId: run.id, session: ClassificationSession.create(input, run.policy as ClassificationPolicy) };
      return this.cached;
    })().finally(() => (this.building = null));
    return this.building;
  }

}
