import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { useBilingual, useT } from '../i18n/I18n';
import { ConsentTextQuery, LabelsQuery, TownBlocksQuery } from './operations';

// The client contract (issue 9) as the web app reads it. Labels of codes come from the API's
// `labels` query (typed, in operations.ts); a kind the API does not label yet shows a generic word,
// never the code. Town blocks come from region's `townBlocks` search; the versioned consent wording
// from matching's `consentText` (the app's own wording `web-1` only while it has not answered).

interface LabelRow {
  code: string;
  labelJa: string;
  labelEn: string;
  descriptionJa?: string | null;
  descriptionEn?: string | null;
}

/**
 * The codes a form offers, in order, while the API has no `labels` query (values of the API's
 * input contract, not labels: the UI never shows them).
 */
const FALLBACK_CODES: Record<string, string[]> = {
  CareLevel: ['none', 'support_1', 'support_2', 'care_1', 'care_2', 'care_3', 'care_4', 'care_5'],
  AgeBand: ['under_65', '65_69', '70_74', '75_79', '80_84', '85_89', '90_plus'],
  LivingSituation: ['alone', 'with_elderly_spouse', 'with_family'],
  ConsentGiver: ['self', 'family', 'guardian'],
  ConsentMethod: ['written', 'oral'],
  ConsentDataItem: ['full_name', 'address', 'contact_phone', 'age_band', 'care_level', 'living_situation', 'health_notes', 'needs_note'],
  Coverage: ['any', 'covered', 'not_covered'],
};

export interface Labels {
  ready: boolean;
  /** Whether the API labels this kind of code. */
  has(kind: string): boolean;
  codes(kind: string): string[];
  label(kind: string, code: string | null | undefined): string;
  description(kind: string, code: string | null | undefined): string;
}

export function useLabels(kinds: string[]): Labels {
  const { data, loading } = useQuery(LabelsQuery, { variables: { kinds }, fetchPolicy: 'cache-first' });
  const pick = useBilingual();
  const t = useT();
  const sets = data?.labels;
  const find = useCallback((kind: string): LabelRow[] | undefined => sets?.find((s) => s.kind === kind)?.labels, [sets]);
  const has = useCallback((kind: string) => !!find(kind)?.length, [find]);
  const codes = useCallback((kind: string) => find(kind)?.map((l) => l.code) ?? FALLBACK_CODES[kind] ?? [], [find]);
  const label = useCallback(
    (kind: string, code: string | null | undefined) => {
      if (!code) return '';
      const row = find(kind)?.find((l) => l.code === code);
      if (row) return pick(row.labelJa, row.labelEn);
      const i = (FALLBACK_CODES[kind] ?? []).indexOf(code);
      return t('label.fallback', { n: i >= 0 ? i + 1 : '' });
    },
    [find, pick, t],
  );
  const description = useCallback(
    (kind: string, code: string | null | undefined) => {
      const row = code ? find(kind)?.find((l) => l.code === code) : undefined;
      return row ? pick(row.descriptionJa, row.descriptionEn) : '';
    },
    [find, pick],
  );
  return { ready: !loading, has, codes, label, description };
}

export interface TownBlock {
  code: string;
  name: string;
  municipalityCode: string;
  lat: number;
  lng: number;
}

export function useTownBlocks(municipalityCode: string, query: string) {
  const { data, error, loading } = useQuery(TownBlocksQuery, {
    variables: { municipalityCode, query: query || null, first: 20 },
    skip: !municipalityCode,
    fetchPolicy: 'cache-first',
  });
  return { blocks: data?.townBlocks ?? [], available: !error, loading };
}

export interface ConsentTextView {
  version: string;
  title: string;
  body: string;
  fromApi: boolean;
}

/**
 * The versioned consent wording from the API; while it has not answered, the app's own (version
 * `web-1`, which the API would refuse as a textVersion: pages wait for `fromApi` before sending).
 */
export function useConsentText(purpose: 'acquisition' | 'third_party_provision'): ConsentTextView {
  const { data } = useQuery(ConsentTextQuery, { variables: { purpose }, fetchPolicy: 'cache-first' });
  const pick = useBilingual();
  const t = useT();
  const c = data?.consentText;
  if (c) return { version: c.version, title: pick(c.titleJa, c.titleEn), body: pick(c.bodyJa, c.bodyEn), fromApi: true };
  return { version: 'web-1', title: t(`consent.${purpose}.title`), body: t(`consent.${purpose}.body`), fromApi: false };
}
