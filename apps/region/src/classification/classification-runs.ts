import { Injectable } from '@nestjs/common';
import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Actor, CurrentActor, requireRole } from '@sanpuku/platform';
import { ArgProblems } from '../common/region-args';
import { policyWords, words, wordsOrCode } from '../common/words';

export const RUN_HISTORY_PAGE_MAX = 50;

@ObjectType({ description: 'A dataset version a classification run read / 分類に使ったデータ' })
export class RunDataset {
  @Field(() => ID) datasetVersionId!: string;
  @Field({ description: 'municipalities, town_blocks, resources or boundaries (label kind DatasetKind)' }) kind!: string;
  @Field() kindLabelJa!: string;
  @Field() kindLabelEn!: string;
  @Field({ description: 'The imported file name' }) sourceName!: string;
  @Field(() => Int) rowCount!: number;
  @Field() importedAt!: Date;
}

@ObjectType({ description: 'Municipalities per segment in one run / 区分別の市区町村数' })
export class RunSegmentCounts {
  @Field(() => Int) A!: number;
  @Field(() => Int) B!: number;
  @Field(() => Int) C!: number;
}

@ObjectType({ description: 'A past classification run: its policy, the datasets it read and its result per segment / 分類の実行履歴' })
export class ClassificationRunRecord {
  @Field(() => ID) runId!: string;
  @Field() policyRef!: string;
  @Field({ description: 'The policy in words' }) policyLabelJa!: string;
  @Field() policyLabelEn!: string;
  @Field({ description: 'Label kind ClassificationLevel' }) level!: string;
  @Field() levelLabelJa!: string;
  @Field() levelLabelEn!: string;
  @Field() distanceModelLabelJa!: string;
  @Field() distanceModelLabelEn!: string;
  @Field() startedAt!: Date;
  @Field() finishedAt!: Date;
  @Field({ description: 'The most recent run: the one the API answers from' }) latest!: boolean;
  @Field(() => RunSegmentCounts) segmentCounts!: RunSegmentCounts;
  @Field(() => [RunDataset], { description: 'The dataset versions it read, by kind' }) datasets!: RunDataset[];
}

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

@Resolver(() => ClassificationRunRecord)
export class ClassificationRunsResolver {
  constructor(private readonly runs: ClassificationRunsService) {}

  @Query(() => [ClassificationRunRecord], { description: 'Classification runs, newest first, with the datasets each read (admin) / 分類の実行履歴' })
  classificationRuns(
    @CurrentActor() actor: Actor | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: `How many, 1–${RUN_HISTORY_PAGE_MAX} (default 20)` }) first?: number | null,
  ): Promise<ClassificationRunRecord[]> {
    requireRole(actor, 'admin');
    const size = first ?? 20;
    new ArgProblems().pageSize(size, '/first', RUN_HISTORY_PAGE_MAX).throwIfAny();
    return this.runs.recent(size);
  }
}
