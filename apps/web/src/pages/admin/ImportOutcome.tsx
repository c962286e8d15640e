import type { ReactNode } from 'react';
import type { ImportOutcomeFragment } from '../../gql/graphql';
import { useBilingual, usePrefs, useT } from '../../i18n/I18n';
import { notesByKind, reportCsvText } from './import-files';

/** How many skipped rows and notes the page lists; the CSV has every one. */
export const ROWS_SHOWN = 100;

type Problem = ImportOutcomeFragment['errors'][number];

/** A code's words in the chosen language, the other language after it (a report is shared with people who read either). */
function BothLanguages({ ja, en }: { ja: string; en: string }) {
  const { locale } = usePrefs();
  const [first, second, lang] = locale === 'en' ? [en, ja, 'ja'] : [ja, en, 'en'];
  if (!second || second === first) return <>{first}</>;
  return (
    <>
      {first}
      <span className="hint" lang={lang}>
        （{second}）
      </span>
    </>
  );
}

/** The outcome in sentences and counts, for the live region: what a screen reader announces after 取り込む. */
export function ImportSummary({ result }: { result: ImportOutcomeFragment }) {
  const t = useT();
  const pick = useBilingual();
  const { ok, dataset, report } = result;
  if (!ok) {
    return (
      <div className="error-box">
        <p>{t('admin.import.refused', { n: result.errors.length })}</p>
      </div>
    );
  }
  return (
    <div className="import-summary">
      <h2>{t('admin.import.result')}</h2>
      {dataset && <p className="status-message">{t('admin.import.done', { kind: pick(dataset.kindLabelJa, dataset.kindLabelEn), rows: dataset.rowCount, source: dataset.sourceName })}</p>}
      {report && (
        <>
          <dl className="import-counts" data-testid="import-counts">
            <div>
              <dt>{t('admin.import.count.read')}</dt>
              <dd>{t('admin.import.rows', { n: report.rowsRead })}</dd>
            </div>
            <div>
              <dt>{t('admin.import.count.imported')}</dt>
              <dd>{t('admin.import.rows', { n: report.imported })}</dd>
            </div>
            <div>
              <dt>{t('admin.import.count.skipped')}</dt>
              <dd>{t('admin.import.rows', { n: report.skipped })}</dd>
            </div>
          </dl>
          {report.skipped > 0 && <p>{t('admin.import.skippedSentence', { n: report.skipped })}</p>}
          {report.notes.length > 0 && <p>{t('admin.import.notesSentence', { n: report.notes.length })}</p>}
        </>
      )}
    </div>
  );
}

/** One table of the report: a caption, headers, and on a phone one card per row (labels from the headers). */
function ReportTable({ id, caption, head, rows, testId }: { id: string; caption: string; head: { label: string; num?: boolean; short?: boolean }[]; rows: ReactNode[][]; testId: string }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={id}>
      <table role="table" className="data-table wide stack-table import-table" aria-labelledby={id} data-testid={testId}>
        <caption id={id}>{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {head.map((h) => (
              <th role="columnheader" scope="col" key={h.label} className={h.num ? 'num' : undefined}>
                {h.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((cells, i) => (
            <tr role="row" key={i}>
              {cells.map((c, j) => (
                <td role="cell" key={j} data-label={head[j].label} className={[head[j].num ? 'num' : '', head[j].short ? 'short' : ''].join(' ').trim() || undefined}>
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The rest of the outcome, outside the live region: skipped rows by reason, the code changes in
 * words, counts per file, the first skipped rows, and the report CSV to save — or, for a refused
 * import, every problem by file, line and column.
 */
export function ImportDetails({ result, several, canBeLenient }: { result: ImportOutcomeFragment; several: boolean; canBeLenient: boolean }) {
  const t = useT();
  const pick = useBilingual();
  const lineOf = (line: number) => (line > 0 ? String(line) : t('admin.import.wholeFile'));
  const problemCols = [
    { label: t('admin.import.col.file') },
    { label: t('admin.import.col.line'), num: true, short: true },
    { label: t('admin.import.col.column'), short: true },
    { label: t('admin.import.col.value'), short: true },
    { label: t('admin.import.col.problem') },
  ];
  const problemRow = (p: Problem): ReactNode[] => [
    p.file,
    lineOf(p.line),
    p.column ?? '',
    p.value ?? '',
    <>
      <strong>{pick(p.codeLabelJa, p.codeLabelEn)}</strong>：{pick(p.messageJa, p.messageEn)}
    </>,
  ];

  if (!result.ok) {
    if (!result.errors.length) return null;
    return (
      <div className="import-details">
        {canBeLenient && <p className="hint">{t('admin.import.refusedLenientHint')}</p>}
        <ReportTable id="import-problems-caption" testId="import-problems" caption={t('admin.import.problems')} head={problemCols} rows={result.errors.map(problemRow)} />
      </div>
    );
  }
  const report = result.report;
  if (!report) return null;

  function downloadCsv() {
    const blob = new Blob([reportCsvText(report!.csv)], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'report.csv';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  const shownRows = report.skippedRows.slice(0, ROWS_SHOWN);
  const shownNotes = report.notes.slice(0, ROWS_SHOWN);
  const hasCsvContent = report.skippedRows.length > 0 || report.notes.length > 0;
  return (
    <div className="import-details">
      {report.skippedByReason.length > 0 && (
        <section aria-labelledby="import-reasons">
          <h3 id="import-reasons">{t('admin.import.byReason')}</h3>
          <ul className="reason-counts" data-testid="import-reasons">
            {report.skippedByReason.map((r) => (
              <li key={r.code}>
                <BothLanguages ja={r.codeLabelJa} en={r.codeLabelEn} />：{t('admin.import.rows', { n: r.rows })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.notes.length > 0 && (
        <section aria-labelledby="import-notes">
          <h3 id="import-notes">{t('admin.import.notes')}</h3>
          <ul className="reason-counts">
            {notesByKind(report.notes).map((k) => (
              <li key={k.code}>
                <BothLanguages ja={k.ja} en={k.en} />：{t('admin.import.rows', { n: k.rows })}
              </li>
            ))}
          </ul>
          <ReportTable
            id="import-notes-caption"
            testId="import-notes"
            caption={report.notes.length > shownNotes.length ? t('admin.import.notesFirst', { shown: shownNotes.length, n: report.notes.length }) : t('admin.import.notesAll')}
            head={[{ label: t('admin.import.col.file') }, { label: t('admin.import.col.line'), num: true, short: true }, { label: t('admin.import.col.change') }]}
            rows={shownNotes.map((n) => [n.file, lineOf(n.line), pick(n.messageJa, n.messageEn)])}
          />
        </section>
      )}
      {(several || report.files.length > 1) && (
        <ReportTable
          id="import-files-caption"
          testId="import-files"
          caption={t('admin.import.perFile')}
          head={[
            { label: t('admin.import.col.file') },
            { label: t('admin.import.count.read'), num: true, short: true },
            { label: t('admin.import.count.imported'), num: true, short: true },
            { label: t('admin.import.count.skipped'), num: true, short: true },
          ]}
          rows={report.files.map((f) => [f.file, String(f.rowsRead), String(f.imported), String(f.skipped)])}
        />
      )}
      {shownRows.length > 0 && (
        <ReportTable
          id="import-skipped-caption"
          testId="import-skipped"
          caption={report.skippedRows.length > shownRows.length ? t('admin.import.skippedFirst', { shown: shownRows.length, n: report.skippedRows.length }) : t('admin.import.skippedAll')}
          head={problemCols}
          rows={shownRows.map(problemRow)}
        />
      )}
      {hasCsvContent && (
        <div className="actions download-report">
          <button type="button" className="button secondary" onClick={downloadCsv} aria-describedby="import-csv-hint">
            {t('admin.import.downloadCsv')}
          </button>
          <p className="hint" id="import-csv-hint">
            {t('admin.import.downloadCsvHint')}
          </p>
        </div>
      )}
    </div>
  );
}
