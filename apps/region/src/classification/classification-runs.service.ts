import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { policyWords, words, wordsOrCode } from '../common/words';
import type { ClassificationRunRecord } from './classification-run.model';

export const RUN_HISTORY_PAGE_MAX = 50;

interface RunRow {
  id: string;
  policy_id: string;
  unit_level: 'city' | 'ward';
  distance_model: string;
  dataset_versions: string[];
  started_at: Date;
  finished_at: Date;
}

/** The history of classification runs, newest first (read side only: runs are made by classifyAreas). */
@Injectable()
export class ClassificationRunsService {
  constructor(private readonly ds: DataSource) {}

  async recent(first: number): Promise<ClassificationRunRecord[]> {
    const runs: RunRow[] = await this.ds.query(
      `SELECT id, policy_id, unit_level, distance_model, dataset_versions, started_at, finished_at FROM classification_run ORDER BY finished_at DESC, id LIMIT $1`,
      [first],
    );
    if (!runs.length) return [];
    const ids = runs.map((r) => r.id);
    const counts: { run_id: string; segment: 'A' | 'B' | 'C'; n: number }[] = await this.ds.query(
      `SELECT run_id, segment, count(*)::int AS n FROM municipality_classification WHERE run_id = ANY($1::uuid[]) GROUP BY run_id, segment`,
      [ids],
    );
    const versionIds = [...new Set(runs.flatMap((r) => r.dataset_versions))];
    const versions: { id: string; kind: string; source_name: string; row_count: number; imported_at: Date }[] = versionIds.length
      ? await this.ds.query(`SELECT id, kind, source_name, row_count, imported_at FROM dataset_version WHERE id = ANY($1::uuid[])`, [versionIds])
      : [];
    const byId = new Map(versions.map((v) => [v.id, v]));
    const KIND_ORDER = ['municipalities', 'town_blocks', 'resources', 'boundaries'];
    return runs.map((r, i) => {
      const segmentCounts = { A: 0, B: 0, C: 0 };
      for (const c of counts) if (c.run_id === r.id) segmentCounts[c.segment] = c.n;
      const level = r.unit_level === 'ward' ? 'wards' : 'city';
      const datasets = r.dataset_versions
        .map((id) => byId.get(id))
        .filter((v): v is NonNullable<typeof v> => !!v)
        .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.imported_at.getTime() - b.imported_at.getTime())
        .map((v) => ({
          datasetVersionId: v.id,
          kind: v.kind,
          kindLabelJa: wordsOrCode('DatasetKind', v.kind).ja,
          kindLabelEn: wordsOrCode('DatasetKind', v.kind).en,
          sourceName: v.source_name,
          rowCount: v.row_count,
          importedAt: v.imported_at,
        }));
      return {
        runId: r.id,
        policyRef: r.policy_id,
        policyLabelJa: policyWords(r.policy_id).ja,
        policyLabelEn: policyWords(r.policy_id).en,
        level,
        levelLabelJa: words('ClassificationLevel', level).ja,
        levelLabelEn: words('ClassificationLevel', level).en,
        distanceModelLabelJa: wordsOrCode('DistanceModel', r.distance_model).ja,
        distanceModelLabelEn: wordsOrCode('DistanceModel', r.distance_model).en,
        startedAt: r.started_at,
        finishedAt: r.finished_at,
        latest: i === 0,
        segmentCounts,
        datasets,
      };
    });
  }
}
