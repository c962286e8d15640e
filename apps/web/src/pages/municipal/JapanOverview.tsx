import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { JapanAreasQuery } from '../../api/operations';
import { Link, useRouter } from '../../app/router';
import { useSession } from '../../auth/session';
import { usePrefs, useT } from '../../i18n/I18n';
import { fetchJapanBoundaries, type GeoCollection } from '../../ui/map/geo';
import { JapanMap, type PrefectureRegion, type SegmentClass } from '../../ui/map/JapanMap';
import { PREFECTURES } from '../../ui/map/prefectures';
import { LoadError, Loading, PageTitle } from '../../ui/ui';
import { AdminNav } from '../admin/AdminNav';
import { MunicipalNav } from './MunicipalNav';

const SEGMENTS = ['A', 'B', 'C'] as const;

/** /maps/japan.geojson, or null when no boundaries are imported yet. */
function useJapanBoundaries() {
  const [state, setState] = useState<{ geo: GeoCollection | null; loaded: boolean; failed: boolean }>({ geo: null, loaded: false, failed: false });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    fetchJapanBoundaries().then(
      (geo) => live && setState({ geo, loaded: true, failed: false }),
      () => live && setState({ geo: null, loaded: true, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return { ...state, retry: () => setAttempt((a) => a + 1) };
}

/**
 * 全国の市場性マップ: every imported municipality of Japan coloured A/B/C, one focusable shape per
 * prefecture that opens the prefecture's map; the same facts per prefecture in a table, where a
 * prefecture without classified municipalities says 「データなし」.
 */
export default function JapanOverview() {
  const t = useT();
  const { locale } = usePrefs();
  const { session } = useSession();
  const { navigate } = useRouter();
  const { geo, loaded, failed, retry } = useJapanBoundaries();
  const { data, loading, error, refetch } = useQuery(JapanAreasQuery);
  const segments = useMemo(() => new Map((data?.areas ?? []).map((a) => [a.code, a.classification?.segment ?? null])), [data]);
  const segmentOf = useCallback((code: string): SegmentClass => (segments.get(code) as SegmentClass | null | undefined) ?? 'none', [segments]);
  const counts = useMemo(() => new Map((data?.areaSummary.prefectures ?? []).map((p) => [p.prefectureCode, p.counts])), [data]);
  const rows = useMemo(
    () =>
      PREFECTURES.map((p) => {
        const c = counts.get(p.code);
        const classified = c ? c.A + c.B + c.C : 0;
        return { ...p, name: locale === 'en' ? p.en : p.ja, counts: c, hasData: classified > 0 };
      }),
    [counts, locale],
  );
  const regions = useMemo(() => {
    const m = new Map<string, PrefectureRegion>();
    for (const r of rows)
      m.set(r.code, {
        code: r.code,
        // While the counts load, the shape is named by its prefecture alone (not 「データなし」).
        label: !data ? r.name : r.hasData && r.counts ? t('japan.prefLabel', { name: r.name, a: r.counts.A, b: r.counts.B, c: r.counts.C }) : t('japan.prefNoData', { name: r.name }),
      });
    return m;
  }, [rows, t, data]);
  const open = (code: string) => navigate(`/municipal/prefectures/${code}`);
  const loadedCount = rows.filter((r) => r.hasData).length;
  return (
    <section className="page">
      {session?.user.role === 'admin' ? <AdminNav /> : <MunicipalNav />}
      <PageTitle>{t('japan.title')}</PageTitle>
      <p className="lead">{t('japan.lead')}</p>
      {(loading || !loaded) && !data && <Loading />}
      {(error || failed) && <LoadError retry={() => (failed ? retry() : void refetch())} />}
      {data && <p>{t('japan.loadedCount', { n: loadedCount, total: PREFECTURES.length })}</p>}
      <ul className="legend" aria-label={t('map.legend')}>
        {SEGMENTS.map((s) => (
          <li key={s}>
            <span className={`swatch seg-${s}`} aria-hidden="true" />
            {t(`japan.segment.${s}`)}
          </li>
        ))}
        <li>
          <span className="swatch seg-none" aria-hidden="true" />
          {t('japan.noData')}
        </li>
      </ul>
      {data && loaded && !failed && !geo && <p className="notice">{t('japan.noBoundaries')}</p>}
      {/* The shapes are drawn as soon as the boundaries arrive; the colours follow the areas. */}
      {geo && (
        <>
          <div className="map-frame">
            <JapanMap features={geo.features} segmentOf={segmentOf} prefectures={regions} onOpen={open} title={t('japan.mapTitle')} />
          </div>
          <p className="hint">{t('japan.howToUse')}</p>
        </>
      )}
      {data && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('japan.tableCaption')}>
          <table className="data-table" data-testid="japan-table">
            <caption>{t('japan.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('japan.col.prefecture')}</th>
                {SEGMENTS.map((s) => (
                  <th key={s} scope="col" className="num">
                    {t(`japan.segment.${s}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.code}>
                  <th scope="row">{r.hasData ? <Link to={`/municipal/prefectures/${r.code}`}>{r.name}</Link> : r.name}</th>
                  {r.hasData && r.counts ? (
                    SEGMENTS.map((s) => (
                      <td key={s} className="num">
                        {t('japan.municipalities', { n: r.counts![s] })}
                      </td>
                    ))
                  ) : (
                    <td colSpan={3}>{t('japan.noData')}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
