/**
 * Whether matching knows a municipality. Matching keeps region's segments of every classified
 * municipality (area_segment_read_model, fed by region's classification events); a code with
 * no segment, no request and no shortlist exposure is not a municipality of this platform.
 * While the read model is still empty (region has not published yet) matching cannot know, and
 * accepts the code (documented in the README).
 */
import type { DataSource, EntityManager } from 'typeorm';
import { notFound } from '@sanpuku/platform';

export type MunicipalityKnowledge = 'known' | 'unknown' | 'cannot_tell';

export async function municipalityKnowledge(m: DataSource | EntityManager, code: string): Promise<MunicipalityKnowledge> {
  const [r]: { known: boolean; any_segment: boolean }[] = await m.query(
    `SELECT EXISTS (SELECT 1 FROM area_segment_read_model WHERE municipality_code = $1)
         OR EXISTS (SELECT 1 FROM help_request WHERE municipality_code = $1)
         OR EXISTS (SELECT 1 FROM exposure_record WHERE municipality_code = $1) AS known,
            EXISTS (SELECT 1 FROM area_segment_read_model) AS any_segment`,
    [code],
  );
  if (r.known) return 'known';
  return r.any_segment ? 'unknown' : 'cannot_tell';
}

/** NOT_FOUND for a municipality matching knows is not one (5-digit format is validated before). */
export async function assertKnownMunicipality(m: DataSource | EntityManager, code: string): Promise<void> {
  if ((await municipalityKnowledge(m, code)) === 'unknown') throw notFound('municipality', '市区町村');
}
