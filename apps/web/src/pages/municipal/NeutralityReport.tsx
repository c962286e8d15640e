import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { NeutralityReportQuery } from '../../api/operations';
import { useSession } from '../../auth/session';
import { usePrefs, useT } from '../../i18n/I18n';
import { PairedBars } from '../../ui/chart/PairedBars';
import { LoadError, Loading, PageTitle } from '../../ui/ui';
import { MunicipalNav } from './MunicipalNav';

/** YYYY-MM-DD of a Date in Japan time (for <input type="date">). */
function jstDay(d: Date): string {
  return new Date(d.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}
/** The start of a Japan-time day as an instant; `end` gives the start of the next day. */
function jstInstant(day: string, end = false): string {
  const t = Date.parse(`${day}T00:00:00+09:00`) + (end ? 86_400_000 : 0);
  return new Date(t).toISOString();
}

/**
 * 中立性レポート: for the staff's municipality and a period, each operator's share of the top
 * positions of shortlists against its share of eligibility (how often its services qualified),
 * as a chart, a table and a CSV file.
 */
export default function NeutralityReport() {
  const t = useT();
  const { locale } = usePrefs();
  const { session } = useSession();
  const municipalityCode = session?.user.municipalityCode ?? '';
  const today = jstDay(new Date());
  const [from, setFrom] = useState(jstDay(new Date(Date.now() - 29 * 86_400_000)));
  const [to, setTo] = useState(today);
  const valid = !!from && !!to && from <= to;
  const { data, loading, error, refetch } = useQuery(NeutralityReportQuery, {
    variables: { municipalityCode, from: valid ? jstInstant(from) : '', to: valid ? jstInstant(to, true) : '' },
    skip: !valid || !municipalityCode,
    fetchPolicy: 'cache-and-network',
  });
  const report = data?.neutralityReport;
  const pct = useMemo(() => {
    const f = new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 });
    return (n: number) => f.format(n);
  }, [locale]);
  const points = useMemo(() => {
    const f = new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    return (n: number) => t('muni.neutrality.points', { n: f.format(n * 100) });
  }, [locale, t]);
  const rows = (report?.operators ?? []).map((o) => ({ ...o, name: o.organizationName ?? t('muni.neutrality.unnamed') }));
  const head = [t('muni.neutrality.col.operator'), t('muni.neutrality.col.eligible'), t('muni.neutrality.col.top'), t('muni.neutrality.eligibilityShare'), t('muni.neutrality.exposureShare'), t('muni.neutrality.col.deviation')];

  function downloadCsv() {
    const esc = (v: string | number) => `"${String(v).replace(/"/g, '""')}"`;
    const lines = [head, ...rows.map((r) => [r.name, r.eligibleCount, r.topExposures, (r.eligibilityShare * 100).toFixed(1), (r.exposureShare * 100).toFixed(1), (r.deviation * 100).toFixed(1)])];
    // A byte-order mark so spreadsheet software reads the Japanese as UTF-8.
    const blob = new Blob(['\ufeff' + lines.map((l) => l.map(esc).join(',')).join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `neutrality-${from}-${to}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  return (
    <section className="page">
      <MunicipalNav />
      <PageTitle>{t('muni.neutrality.title')}</PageTitle>
      <p className="lead">{t('muni.neutrality.lead')}</p>
      <form className="period-form" onSubmit={(e) => e.preventDefault()}>
        <div>
          <label htmlFor="nr-from">{t('muni.neutrality.from')}</label>
          <input id="nr-from" type="date" value={from} max={to} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div>
          <label htmlFor="nr-to">{t('muni.neutrality.to')}</label>
          <input id="nr-to" type="date" value={to} min={from} max={today} onChange={(e) => setTo(e.target.value)} />
        </div>
      </form>
      {!valid && <p className="field-error">{t('muni.neutrality.badPeriod')}</p>}
      {loading && !data && <Loading />}
      {error && !data && <LoadError retry={() => void refetch()} />}
      {report && (
        <>
          <p>{t('muni.neutrality.summary', { shortlists: report.shortlistPositions, top: report.topPositions, exposures: report.totalTopExposures, eligible: report.totalEligible })}</p>
          {rows.length === 0 ? (
            <p className="card">{t('muni.neutrality.empty')}</p>
          ) : (
            <>
              <p>
                <strong>{t('muni.neutrality.maxDeviation', { n: points(report.maxAbsDeviation) })}</strong>
              </p>
              <PairedBars
                rows={rows.map((r) => ({ key: r.organizationId, label: r.name, a: r.exposureShare, b: r.eligibilityShare }))}
                labelA={t('muni.neutrality.exposureShare')}
                labelB={t('muni.neutrality.eligibilityShare')}
                title={t('muni.neutrality.chartAlt')}
                format={pct}
              />
              <div className="table-scroll" tabIndex={0} role="region" aria-label={t('muni.neutrality.tableCaption')}>
                <table className="data-table wide" data-testid="neutrality-table">
                  <caption>{t('muni.neutrality.tableCaption')}</caption>
                  <thead>
                    <tr>
                      {head.map((h, i) => (
                        <th key={i} scope="col" className={i ? 'num' : undefined}>
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr key={r.organizationId}>
                        <th scope="row">{r.name}</th>
                        <td className="num">{r.eligibleCount}</td>
                        <td className="num">{r.topExposures}</td>
                        <td className="num">{pct(r.eligibilityShare)}</td>
                        <td className="num">{pct(r.exposureShare)}</td>
                        <td className="num">{points(r.deviation)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <button type="button" className="button secondary" onClick={downloadCsv}>
                {t('muni.neutrality.csv')}
              </button>
            </>
          )}
        </>
      )}
    </section>
  );
}
