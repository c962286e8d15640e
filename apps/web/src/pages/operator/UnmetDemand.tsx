import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { MunicipalitiesQuery, TaxonomyQuery, UnmetDemandQuery } from '../../api/operations';
import { useSession } from '../../auth/session';
import { useBilingual, usePrefs, useT } from '../../i18n/I18n';
import { useContainerWidth } from '../../ui/chart/PairedBars';
import { LoadError, Loading, PageTitle } from '../../ui/ui';
import { MunicipalNav } from '../municipal/MunicipalNav';
import { OperatorNav } from './OperatorNav';
import '../../ui/map/map.css';

/** Municipality names for codes, by prefecture (region's areas), never the codes themselves. */
function useMunicipalityNames(codes: string[]) {
  const client = useApolloClient();
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const prefectures = [...new Set(codes.map((c) => c.slice(0, 2)))].sort().join(',');
  useEffect(() => {
    let live = true;
    void Promise.all(
      prefectures
        .split(',')
        .filter(Boolean)
        .map((p) => client.query({ query: MunicipalitiesQuery, variables: { prefectureCode: p } }).then((r) => r.data?.areas ?? [], () => [])),
    ).then((lists) => live && setNames(new Map(lists.flat().map((a) => [a.code, a.name]))));
    return () => {
      live = false;
    };
  }, [client, prefectures]);
  return names;
}

/**
 * 満たされていない需要: requests no listed service could meet, by municipality × kind of help ×
 * month, as a chart and a table; cells under the privacy threshold are shown as
 * 「少数のため非表示」, never as a number (and no totals that would reveal them).
 */
export default function UnmetDemand() {
  const t = useT();
  const pick = useBilingual();
  const { locale } = usePrefs();
  const { session } = useSession();
  const municipal = session?.user.role === 'municipal_staff';
  const { data, loading, error, refetch } = useQuery(UnmetDemandQuery, {
    variables: { municipalityCode: municipal ? session?.user.municipalityCode : undefined },
    fetchPolicy: 'cache-and-network',
  });
  const taxonomy = useQuery(TaxonomyQuery, { fetchPolicy: 'cache-first' });
  const report = data?.unmetDemand;
  const names = useMunicipalityNames((report?.cells ?? []).map((c) => c.municipalityCode));
  const category = useMemo(() => {
    const m = new Map<string, string>();
    for (const f of taxonomy.data?.taxonomy ?? []) for (const c of f.categories) m.set(c.code, pick(c.labelJa, c.labelEn));
    return (code: string) => m.get(code) ?? t('label.fallback', { n: '' });
  }, [taxonomy.data, pick, t]);
  const monthName = useMemo(() => {
    const f = new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { year: 'numeric', month: 'long', timeZone: 'UTC' });
    return (ym: string) => f.format(new Date(`${ym}-01T00:00:00Z`));
  }, [locale]);
  const months = [...new Set((report?.cells ?? []).map((c) => c.month))].sort();
  const rows = useMemo(() => {
    const m = new Map<string, { municipalityCode: string; category: string; byMonth: Map<string, { count?: number | null; suppressed: boolean }> }>();
    for (const c of report?.cells ?? []) {
      const key = `${c.municipalityCode}|${c.category}`;
      if (!m.has(key)) m.set(key, { municipalityCode: c.municipalityCode, category: c.category, byMonth: new Map() });
      m.get(key)!.byMonth.set(c.month, { count: c.count, suppressed: c.suppressed });
    }
    return [...m.values()];
  }, [report]);
  const segment = (code: string) => {
    const s = report?.segments.find((x) => x.municipalityCode === code);
    return s ? pick(s.segmentLabelJa, s.segmentLabelEn) : '';
  };
  const rowName = (r: (typeof rows)[number]) => t('demand.rowName', { municipality: names.get(r.municipalityCode) ?? '', category: category(r.category) });
  // The chart: the latest month, one bar per row; suppressed cells drawn as an outlined stub with words.
  const latest = months[months.length - 1];
  const max = Math.max(1, ...rows.map((r) => r.byMonth.get(latest)?.count ?? 0));
  const barRow = 56;
  const [chartRef, width] = useContainerWidth<HTMLElement>();
  const valueW = 190;
  return (
    <section className="page">
      {municipal ? <MunicipalNav /> : <OperatorNav />}
      <PageTitle>{t('demand.title')}</PageTitle>
      <p className="lead">{municipal ? t('demand.leadMunicipal') : t('demand.leadOperator')}</p>
      {loading && !data && <Loading />}
      {error && !data && <LoadError retry={() => void refetch()} />}
      {report && (
        <>
          <p className="hint">{t('demand.privacy', { n: report.minCellCount })}</p>
          {rows.length === 0 && <p className="card">{t('demand.empty')}</p>}
          {rows.length > 0 && latest && (
            <figure className="chart" ref={chartRef}>
              <figcaption>
                <strong>{t('demand.chartTitle', { month: monthName(latest) })}</strong>
              </figcaption>
              <svg viewBox={`0 0 ${width} ${rows.length * barRow + 8}`} role="img" aria-label={t('demand.chartAlt', { month: monthName(latest) })} className="bars" data-testid="demand-chart">
                {rows.map((r, i) => {
                  const y = 8 + i * barRow;
                  const cell = r.byMonth.get(latest);
                  const w = cell?.count ? (cell.count / max) * (width - valueW) : 0;
                  return (
                    <g key={`${r.municipalityCode}|${r.category}`}>
                      <text x={0} y={y + 14} className="bar-label">
                        {rowName(r)}
                      </text>
                      {cell?.suppressed ? (
                        <>
                          <rect x={0} y={y + 22} width={24} height={18} className="bar-suppressed" />
                          <text x={32} y={y + 37} className="bar-value">
                            {t('demand.suppressed')}
                          </text>
                        </>
                      ) : (
                        <>
                          <rect x={0} y={y + 22} width={Math.max(1, w)} height={18} className="bar-a" />
                          <text x={Math.max(1, w) + 6} y={y + 37} className="bar-value">
                            {cell ? t('demand.count', { n: cell.count ?? 0 }) : t('demand.none')}
                          </text>
                        </>
                      )}
                    </g>
                  );
                })}
              </svg>
            </figure>
          )}
          {rows.length > 0 && (
            <div className="table-scroll" tabIndex={0} role="region" aria-label={t('demand.tableCaption')}>
              <table className="data-table" data-testid="demand-table">
                <caption>{t('demand.tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('demand.col.where')}</th>
                    <th scope="col">{t('muni.col.segment')}</th>
                    {months.map((m) => (
                      <th key={m} scope="col" className="num">
                        {monthName(m)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={`${r.municipalityCode}|${r.category}`}>
                      <th scope="row">{rowName(r)}</th>
                      <td>{segment(r.municipalityCode)}</td>
                      {months.map((m) => {
                        const c = r.byMonth.get(m);
                        return (
                          <td key={m} className="num">
                            {!c ? t('demand.none') : c.suppressed ? t('demand.suppressed') : t('demand.count', { n: c.count ?? 0 })}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
