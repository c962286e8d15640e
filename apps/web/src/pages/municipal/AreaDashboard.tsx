import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { useLabels } from '../../api/contract';
import { AreaMapQuery } from '../../api/operations';
import type { AreaMapQuery as AreaMapData } from '../../gql/graphql';
import { Link } from '../../app/router';
import { useSession } from '../../auth/session';
import { useBilingual, usePrefs, useT } from '../../i18n/I18n';
import { ChoroplethMap, type Region } from '../../ui/map/ChoroplethMap';
import { fetchPrefectureBoundaries, type GeoCollection } from '../../ui/map/geo';
import { prefectureOf } from '../../ui/map/prefectures';
import { LoadError, Loading, PageTitle } from '../../ui/ui';
import { AdminNav } from '../admin/AdminNav';
import { OperatorNav } from '../operator/OperatorNav';
import { MunicipalNav } from './MunicipalNav';

export type AreaView = AreaMapData['areas'][number];
const SEGMENTS = ['A', 'B', 'C'] as const;

/** Boundaries of a prefecture from the region service (the browser caches them for an hour). */
export function useBoundaries(prefectureCode: string) {
  const [geo, setGeo] = useState<GeoCollection | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setFailed(false);
    fetchPrefectureBoundaries(prefectureCode).then(
      (g) => live && setGeo(g),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [prefectureCode, attempt]);
  return { geo, failed, retry: () => setAttempt((a) => a + 1) };
}

export function useNumber() {
  const { locale } = usePrefs();
  return useMemo(() => {
    const f = new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { maximumFractionDigits: 1 });
    return (n: number | null | undefined) => (n === null || n === undefined ? '' : f.format(n));
  }, [locale]);
}

/**
 * 地域の市場性マップ: the prefecture's municipalities coloured by segment (A/B/C), a card with the
 * chosen municipality's figures and recommended model, and the same facts in a table. Given
 * `served` (an operator's service areas, see operator/ServedAreas), those municipalities are
 * outlined, named as served and marked in a column of the table.
 */
export default function AreaDashboard({ params, served }: { params?: Record<string, string>; served?: ReadonlySet<string> }) {
  const t = useT();
  const pick = useBilingual();
  const { session } = useSession();
  // /municipal/prefectures/:pp (from the map of Japan) shows that prefecture; /municipal the user's own.
  const prefectureCode = params?.pp && /^\d{2}$/.test(params.pp) ? params.pp : (session?.user.municipalityCode ?? '37').slice(0, 2);
  const prefecture = prefectureOf(prefectureCode);
  const { geo, failed, retry } = useBoundaries(prefectureCode);
  const { data, loading, error, refetch } = useQuery(AreaMapQuery, { variables: { prefectureCode } });
  const labels = useLabels(['Segment']);
  const [selected, setSelected] = useState<string | null>(session?.user.municipalityCode?.startsWith(prefectureCode) ? session.user.municipalityCode : null);
  const areas = useMemo(() => new Map((data?.areas ?? []).map((a) => [a.code, a])), [data]);
  const regions = useMemo(() => {
    const m = new Map<string, Region>();
    for (const a of areas.values()) {
      const c = a.classification;
      const isServed = served?.has(a.code) ?? false;
      const segment = c ? pick(c.segmentLabelJa, c.segmentLabelEn) : t('muni.unclassified');
      m.set(a.code, {
        code: a.code,
        fillClass: `${c ? `seg-${c.segment}` : 'seg-none'}${isServed ? ' served' : ''}`,
        label: isServed ? t('map.regionServed', { name: a.name, segment }) : c ? t('map.regionLabel', { name: a.name, segment }) : t('map.regionUnclassified', { name: a.name }),
      });
    }
    return m;
  }, [areas, pick, t, served]);
  const role = session?.user.role;
  const chosen = selected ? areas.get(selected) : undefined;
  return (
    <section className="page">
      {role === 'admin' ? <AdminNav /> : role === 'operator' ? <OperatorNav /> : <MunicipalNav />}
      <PageTitle>{t(served ? 'op.areas.title' : 'muni.dashboard.title')}</PageTitle>
      <p className="lead">{t(served ? 'op.areas.lead' : 'muni.dashboard.lead')}</p>
      {served?.size === 0 && <p className="notice">{t('op.areas.none')}</p>}
      {prefecture && <p className="prefecture-line">{t('muni.dashboard.prefecture', { name: pick(prefecture.ja, prefecture.en) })}</p>}
      {role !== 'operator' && (
        <p>
          <Link to="/municipal/japan">{t('muni.dashboard.toJapan')}</Link>
        </p>
      )}
      {(loading || (!geo && !failed)) && !data && <Loading />}
      {(error || failed) && <LoadError retry={() => (failed ? retry() : void refetch())} />}
      {data && geo && (
        <div className="map-layout">
          <div>
            <ul className="legend" aria-label={t('map.legend')}>
              {SEGMENTS.map((s) => (
                <li key={s}>
                  <span className={`swatch seg-${s}`} aria-hidden="true" />
                  {labels.label('Segment', s)}
                </li>
              ))}
              {served && (
                <li>
                  <span className="swatch served-swatch" aria-hidden="true" />
                  {t('op.areas.servedLegend')}
                </li>
              )}
            </ul>
            <div className="map-frame">
              <ChoroplethMap features={geo.features} regions={regions} selected={selected} onSelect={setSelected} title={t('muni.dashboard.mapTitle')} />
            </div>
            <p className="hint">{t('map.howToUse')}</p>
          </div>
          <div aria-live="polite">{chosen ? <AreaCard area={chosen} /> : <p className="card">{t('muni.dashboard.choose')}</p>}</div>
        </div>
      )}
      {data && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('muni.dashboard.tableCaption')}>
          <table className="data-table">
            <caption>{t('muni.dashboard.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('muni.col.name')}</th>
                <th scope="col">{t('muni.col.segment')}</th>
                <th scope="col">{t('muni.col.tier')}</th>
                <th scope="col" className="num">{t('muni.col.density')}</th>
                <th scope="col" className="num">{t('muni.col.sufficiency')}</th>
                {served && <th scope="col">{t('op.areas.col.served')}</th>}
              </tr>
            </thead>
            <tbody>
              {data.areas.map((a) => (
                <tr key={a.code}>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => setSelected(a.code)} aria-pressed={a.code === selected}>
                      {a.name}
                    </button>
                  </th>
                  <td>{a.classification ? pick(a.classification.segmentLabelJa, a.classification.segmentLabelEn) : t('muni.unclassified')}</td>
                  <td>{a.classification ? pick(a.classification.tierLabelJa, a.classification.tierLabelEn) : ''}</td>
                  <td className="num">{a.classification ? fmt(a.classification.densityPerKm2) : ''}</td>
                  <td className="num">{percent(t, a.classification?.sufficiencyPercent)}</td>
                  {served && <td>{served.has(a.code) ? t('op.areas.servedYes') : ''}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function fmt(n: number): string {
  return new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 1 }).format(n);
}

function percent(t: ReturnType<typeof useT>, p: number | null | undefined): string {
  return p === null || p === undefined ? t('muni.noSufficiency') : t('muni.percent', { n: fmt(p) });
}

/** One municipality's card: segment, density and tier, sufficiency, the recommended model, why. */
export function AreaCard({ area }: { area: AreaView }) {
  const t = useT();
  const pick = useBilingual();
  const num = useNumber();
  const c = area.classification;
  return (
    <article className="card" aria-labelledby={`area-${area.code}`} data-testid="area-card">
      <h2 id={`area-${area.code}`}>{area.name}</h2>
      {!c && <p>{t('muni.unclassified')}</p>}
      {c && (
        <>
          <p>
            <span className={`swatch seg-${c.segment}`} aria-hidden="true" /> <strong>{pick(c.segmentLabelJa, c.segmentLabelEn)}</strong>
          </p>
          <dl className="figures">
            <dt>{t('muni.col.density')}</dt>
            <dd>
              {t('muni.densityValue', { n: num(c.densityPerKm2) })}
              {c.estimated && <span className="estimate">{t('muni.estimate')}</span>}
            </dd>
            <dt>{t('muni.col.tier')}</dt>
            <dd>{pick(c.tierLabelJa, c.tierLabelEn)}</dd>
            <dt>{t('muni.sufficiencyLong')}</dt>
            <dd>
              {c.sufficiencyPercent === null || c.sufficiencyPercent === undefined ? t('muni.noSufficiency') : t('muni.percent', { n: num(c.sufficiencyPercent) })}
              {c.estimated && <span className="estimate">{t('muni.estimate')}</span>}
            </dd>
            <dt>{t('muni.uncoveredBlocks')}</dt>
            <dd>{t('muni.blocksValue', { n: c.uncoveredBlockCount })}</dd>
          </dl>
          <h3>{t('muni.model')}</h3>
          <p>
            <strong>{pick(c.recommendedModel.titleJa, c.recommendedModel.titleEn)}</strong>
          </p>
          <ul>
            {(pick(c.recommendedModel.measuresJa.join('\n'), c.recommendedModel.measuresEn.join('\n')) || '')
              .split('\n')
              .filter(Boolean)
              .map((m, i) => (
                <li key={i}>{m}</li>
              ))}
          </ul>
          <details>
            <summary>{t('muni.why')}</summary>
            <ul>
              {(pick(c.estimationNotesJa.join('\n'), c.estimationNotesEn.join('\n')) || '')
                .split('\n')
                .filter(Boolean)
                .map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
            </ul>
            <p className="hint">{pick(c.provenanceJa, c.provenanceEn)}</p>
          </details>
        </>
      )}
      <Link to={`/municipal/areas/${area.code}`} className="button primary">
        {t('muni.openDrill', { name: area.name })}
      </Link>
    </article>
  );
}
