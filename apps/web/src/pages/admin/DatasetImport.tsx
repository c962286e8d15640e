import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { problemFor, readProblems, type ApiProblems } from '../../api/errors';
import { ImportBoundariesMutation, ImportMunicipalitiesMutation, ImportResourcesMutation, ImportTownBlocksMutation } from '../../api/operations';
import { useBilingual, useT } from '../../i18n/I18n';
import { FieldError, GeneralErrors, PageTitle } from '../../ui/ui';
import '../../ui/map/map.css';
import { AdminNav } from './AdminNav';

type Kind = 'municipalities' | 'townBlocks' | 'resources' | 'boundaries';
const KINDS: Kind[] = ['municipalities', 'townBlocks', 'resources', 'boundaries'];

interface Outcome {
  ok: boolean;
  dataset?: { kindLabelJa: string; kindLabelEn: string; rowCount: number; sourceName: string } | null;
  errors: { line: number; column?: string | null; value?: string | null; codeLabelJa: string; codeLabelEn: string; messageJa: string; messageEn: string }[];
}

/** Base64 of a file's bytes, in chunks (a large file would overflow String.fromCharCode's arguments). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/**
 * データの取り込み: an admin uploads a municipalities / town-block / shop / boundary file; the import
 * is all or nothing, and a refused file comes back with every problem by row and column, shown in
 * a table in the admin's language.
 */
export default function DatasetImport() {
  const t = useT();
  const pick = useBilingual();
  const [kind, setKind] = useState<Kind>('municipalities');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [problems, setProblems] = useState<ApiProblems | null>(null);
  const [municipalities] = useMutation(ImportMunicipalitiesMutation);
  const [townBlocks] = useMutation(ImportTownBlocksMutation);
  const [resources] = useMutation(ImportResourcesMutation);
  const [boundaries] = useMutation(ImportBoundariesMutation);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    setProblems(null);
    try {
      const input = { fileName: file.name, contentBase64: await base64Of(file) };
      let r: Outcome | undefined;
      if (kind === 'municipalities') r = (await municipalities({ variables: { input } })).data?.importMunicipalities;
      else if (kind === 'townBlocks') r = (await townBlocks({ variables: { input } })).data?.importTownBlocks;
      else if (kind === 'resources') r = (await resources({ variables: { input } })).data?.importResources;
      else r = (await boundaries({ variables: { input } })).data?.importBoundaries;
      setOutcome(r ?? null);
    } catch (err) {
      setProblems(readProblems(err));
    } finally {
      setBusy(false);
    }
  }

  const fileProblem = problemFor(problems, '/input/contentBase64') ?? problemFor(problems, '/input/fileName');
  return (
    <section className="page">
      <AdminNav />
      <PageTitle>{t('admin.import.title')}</PageTitle>
      <p className="lead">{t('admin.import.lead')}</p>
      <form onSubmit={(e) => void onSubmit(e)} className="card">
        <fieldset className="field">
          <legend>{t('admin.import.kind')}</legend>
          {KINDS.map((k) => (
            <label key={k} className="choice">
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              <span>
                {t(`admin.import.kind.${k}`)}
                <br />
                <span className="hint">{t(`admin.import.kindHint.${k}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className={`field${fileProblem ? ' invalid' : ''}`}>
          <label htmlFor="import-file">{t('admin.import.file')}</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.geojson,.json,text/csv,application/geo+json,application/json"
            aria-describedby={fileProblem ? 'import-file-error' : undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setOutcome(null);
            }}
          />
          <FieldError id="import-file-error" problem={fileProblem} />
        </div>
        <GeneralErrors problems={problems && { ...problems, fields: problems.fields.filter((f) => f !== fileProblem) }} />
        {busy && (
          <div role="status">
            <label htmlFor="import-progress">{t('admin.import.sending')}</label>
            <progress id="import-progress" className="import-progress" />
          </div>
        )}
        <div className="actions">
          <button type="submit" className="button primary" disabled={!file || busy}>
            {t('admin.import.send')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {outcome?.ok && outcome.dataset && (
          <p className="status-message">{t('admin.import.done', { kind: pick(outcome.dataset.kindLabelJa, outcome.dataset.kindLabelEn), rows: outcome.dataset.rowCount, source: outcome.dataset.sourceName })}</p>
        )}
        {outcome && !outcome.ok && (
          <div className="error-box">
            <p>{t('admin.import.refused', { n: outcome.errors.length })}</p>
          </div>
        )}
      </div>
      {outcome && !outcome.ok && outcome.errors.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('admin.import.problems')}>
          <table className="data-table wide" data-testid="import-problems">
            <caption>{t('admin.import.problems')}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">{t('admin.import.col.line')}</th>
                <th scope="col">{t('admin.import.col.column')}</th>
                <th scope="col">{t('admin.import.col.value')}</th>
                <th scope="col">{t('admin.import.col.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {outcome.errors.map((p, i) => (
                <tr key={i}>
                  <td className="num">{p.line}</td>
                  <td>{p.column ?? ''}</td>
                  <td>{p.value ?? ''}</td>
                  <td>
                    <strong>{pick(p.codeLabelJa, p.codeLabelEn)}</strong>：{pick(p.messageJa, p.messageEn)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
