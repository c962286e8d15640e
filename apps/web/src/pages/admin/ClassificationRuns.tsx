import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { readProblems, type ApiProblems } from '../../api/errors';
import { ClassificationRunsQuery, ClassifyAreasMutation } from '../../api/operations';
import { useBilingual, useFormatDate, useT } from '../../i18n/I18n';
import { GeneralErrors, LoadError, Loading, PageTitle } from '../../ui/ui';
import { AdminNav } from './AdminNav';

const SEGMENTS = ['A', 'B', 'C'] as const;

/**
 * 市場性区分の計算: start a classification run (the standard policy, designated cities as one
 * unit or by ward) and read the runs so far — the policy, the datasets each read (the file and
 * when it was imported, in words), when it ran and how many municipalities fell in each segment;
 * the latest, which the whole platform answers from, is marked.
 */
export default function ClassificationRuns() {
  const t = useT();
  const pick = useBilingual();
  const date = useFormatDate();
  const { data, loading, error, refetch } = useQuery(ClassificationRunsQuery, { variables: { first: 20 }, fetchPolicy: 'cache-and-network' });
  const [classify] = useMutation(ClassifyAreasMutation);
  const [level, setLevel] = useState<'city' | 'wards'>('city');
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<ApiProblems | null>(null);
  const [message, setMessage] = useState('');

  async function start() {
    setBusy(true);
    setProblems(null);
    setMessage('');
    try {
      const r = await classify({ variables: { input: { level } } });
      await refetch();
      const s = r.data?.classifyAreas;
      if (s) setMessage(t('admin.runs.done', { units: s.unitCount, changes: s.segmentChanges }));
    } catch (e) {
      setProblems(readProblems(e));
    } finally {
      setBusy(false);
    }
  }

  const runs = data?.classificationRuns ?? [];
  return (
    <section className="page">
      <AdminNav />
      <PageTitle>{t('admin.runs.title')}</PageTitle>
      <p className="lead">{t('admin.runs.lead')}</p>
      <div className="card">
        <fieldset className="field">
          <legend>{t('admin.runs.level')}</legend>
          {(['city', 'wards'] as const).map((l) => (
            <label key={l} className="choice">
              <input type="radio" name="level" value={l} checked={level === l} onChange={() => setLevel(l)} />
              <span>{t(`admin.runs.level.${l}`)}</span>
            </label>
          ))}
        </fieldset>
        <GeneralErrors problems={problems} />
        {busy && (
          <p role="status" className="loading">
            {t('admin.runs.running')}
          </p>
        )}
        <div className="actions">
          <button type="button" className="button primary" disabled={busy} onClick={() => void start()}>
            {t('admin.runs.start')}
          </button>
        </div>
      </div>
      <div aria-live="polite">{message && <p className="status-message">{message}</p>}</div>
      {loading && !data && <Loading />}
      {error && !data && <LoadError retry={() => void refetch()} />}
      {data && !runs.length && <p className="card">{t('admin.runs.none')}</p>}
      {runs.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('admin.runs.tableCaption')}>
          <table role="table" aria-labelledby="runs-caption" className="data-table wide runs-table stack-table" data-testid="runs-table">
            <caption id="runs-caption">{t('admin.runs.tableCaption')}</caption>
            <thead role="rowgroup">
              <tr role="row">
                <th role="columnheader" scope="col">{t('admin.runs.col.when')}</th>
                <th role="columnheader" scope="col">{t('admin.runs.col.policy')}</th>
                <th role="columnheader" scope="col">{t('admin.runs.col.datasets')}</th>
                {SEGMENTS.map((s) => (
                  <th key={s} role="columnheader" scope="col" className="num">
                    {t(`japan.segment.${s}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody role="rowgroup">
              {runs.map((r) => (
                <tr role="row" key={r.runId} data-latest={r.latest || undefined}>
                  <th role="rowheader" scope="row">
                    {date(r.finishedAt)}
                    {r.latest && <span className="badge latest-badge">{t('admin.runs.latest')}</span>}
                  </th>
                  <td role="cell" data-label={t('admin.runs.col.policy')}>
                    {pick(r.policyLabelJa, r.policyLabelEn)}
                    <br />
                    <span className="hint">{pick(r.levelLabelJa, r.levelLabelEn)}</span>
                  </td>
                  <td role="cell" className="datasets" data-label={t('admin.runs.col.datasets')}>
                    <ul className="dataset-list">
                      {r.datasets.map((d) => (
                        <li key={d.datasetVersionId}>
                          {t('admin.runs.dataset', { kind: pick(d.kindLabelJa, d.kindLabelEn), source: d.sourceName, rows: d.rowCount, date: date(d.importedAt) })}
                        </li>
                      ))}
                    </ul>
                  </td>
                  {SEGMENTS.map((s) => (
                    <td role="cell" key={s} className="num" data-label={t(`japan.segment.${s}`)}>
                      {t('japan.municipalities', { n: r.segmentCounts[s] })}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
