import { Args, Query, Resolver } from '@nestjs/graphql';
import { notFound } from '@sanpuku/platform';
import { DataSource } from 'typeorm';
import { ClassificationService } from '../classification/classification.service';
import { ArgProblems } from '../common/region-args';
import { policyWords, wordsOrCode } from '../common/words';
import { MunicipalityMap } from './municipality-map.model';

const M_PER_DEG_LAT = 111_320;

/** The drill-down map of one municipality (figures only, no personal data: anyone may call it). */
@Resolver()
export class MunicipalityMapResolver {
  constructor(
    private readonly ds: DataSource,
    private readonly classification: ClassificationService,
  ) {}

  @Query(() => MunicipalityMap, {
    description:
      "One municipality's town blocks coloured by the latest classification run (covered = a counted shop within the policy radius), its shops and the radius, for a drill-down map. NOT_FOUND for an unknown code or before the first classification. Anyone / 市区町村の詳細地図",
  })
  async municipalityMap(@Args('code') code: string): Promise<MunicipalityMap> {
    const args = new ArgProblems();
    const jis = args.municipalityCode(code, '/code');
    args.throwIfAny();
    const [m] = await this.ds.query(`SELECT code, name FROM municipality WHERE code = $1`, [jis]);
    if (!m) throw notFound('municipality', '市区町村');
    const latest = await this.classification.latestSession();
    if (!latest) throw notFound('classification run (classify the areas first)', '分類結果（先に市場性区分を計算してください）');
    const session = latest.session;
    const blocks: { id: string; name: string; lat: number; lng: number }[] = await this.ds.query(
      `SELECT id::text AS id, name, lat, lng FROM town_block
       WHERE municipality_code = $1 OR municipality_code IN (SELECT code FROM municipality WHERE parent_code = $1)
       ORDER BY id`,
      [jis],
    );
    const [boundary] = await this.ds.query(`SELECT bbox FROM municipality_boundary WHERE code = $1`, [jis]);
    let bbox: number[] = boundary?.bbox ?? [];
    if (bbox.length !== 4 && blocks.length) {
      bbox = [Math.min(...blocks.map((b) => b.lng)), Math.min(...blocks.map((b) => b.lat)), Math.max(...blocks.map((b) => b.lng)), Math.max(...blocks.map((b) => b.lat))];
    }
    const radiusM = session.policy.radiusM;
    const counted = new Set(session.policy.resourceCategories);
    let shops: { id: string; name: string | null; category: string; lat: number; lng: number }[] = [];
    if (bbox.length === 4) {
      const dLat = radiusM / M_PER_DEG_LAT;
      const dLng = radiusM / (M_PER_DEG_LAT * Math.cos((Math.max(Math.abs(bbox[1]), Math.abs(bbox[3])) * Math.PI) / 180));
      shops = await this.ds.query(
        `SELECT id::text AS id, name, category, lat, lng FROM resource WHERE lat BETWEEN $1 AND $2 AND lng BETWEEN $3 AND $4 ORDER BY id`,
        [bbox[1] - dLat, bbox[3] + dLat, bbox[0] - dLng, bbox[2] + dLng],
      );
    }
    const policy = policyWords(session.provenance.policyRef);
    return {
      code: m.code,
      name: m.name,
      bbox,
      townBlocks: blocks.map((b) => {
        const s = session.block(b.id);
        return { id: b.id, name: b.name, lat: b.lat, lng: b.lng, covered: s?.covered ?? false, elderly75Estimate: s?.pop75Plus ?? null, atHomeElderlyEstimate: s?.atHomeElderly ?? null };
      }),
      shops: shops.map((r) => {
        const w = wordsOrCode('ResourceCategory', r.category);
        return { ...r, categoryLabelJa: w.ja, categoryLabelEn: w.en, counted: counted.has(r.category) && session.isCountedResource(r.id) };
      }),
      radiusM: Math.round(radiusM),
      runId: latest.runId,
      policyRef: session.provenance.policyRef,
      policyLabelJa: policy.ja,
      policyLabelEn: policy.en,
    };
  }
}
