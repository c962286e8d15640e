import { DataSource } from 'typeorm';
import { policyRef } from '@sanpuku/region-domain';
import { jstWords } from '../common/jst-date';
import { policyWords, wordsOrCode } from '../common/words';

/**
 * Where a classification came from, as one sentence in Japanese and in English: when it ran,
 * under which policy (the seed's in words; a custom policy by the name its author gave it), and
 * which imported files it used with their import dates. No ids, no ISO timestamps.
 */
export async function runProvenance(ds: DataSource, runId: string): Promise<{ ja: string; en: string } | null> {
  const rows: { finished_at: Date; policy: { id: string; version: number }; kind: string | null; source_name: string | null; imported_at: Date | null }[] = await ds.query(
    `SELECT r.finished_at, r.policy, dv.kind, dv.source_name, dv.imported_at
       FROM classification_run r LEFT JOIN dataset_version dv ON dv.id = ANY(r.dataset_versions)
      WHERE r.id = $1
      ORDER BY CASE dv.kind WHEN 'municipalities' THEN 0 WHEN 'town_blocks' THEN 1 ELSE 2 END, dv.imported_at`,
    [runId],
  );
  if (!rows.length) return null;
  const at = jstWords(rows[0].finished_at);
  const policy = policyWords(policyRef(rows[0].policy));
  const data = rows.filter((r) => r.kind && r.imported_at);
  const dataJa = data.map((r) => `${wordsOrCode('DatasetKind', r.kind!).ja}「${r.source_name}」（${jstWords(r.imported_at!).ja}取込）`).join('、');
  const dataEn = data.map((r) => `${wordsOrCode('DatasetKind', r.kind!).en.toLowerCase()} “${r.source_name}” (imported ${jstWords(r.imported_at!).en})`).join('; ');
  return {
    ja: `${at.ja}に${policy.ja}で分類しました。` + (data.length ? `使用したデータ: ${dataJa}。` : ''),
    en: `Classified on ${at.en} under ${policy.en}.` + (data.length ? ` Data used: ${dataEn}.` : ''),
  };
}
