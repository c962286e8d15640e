import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { Fragment, useRef, useState, type FormEvent } from 'react';
import { readProblems, type ApiProblems } from '../../api/errors';
import { ImportBoundariesMutation, ImportMunicipalitiesMutation, ImportResourcesMutation, ImportTownBlockFilesMutation } from '../../api/operations';
import type { ImportOutcomeFragment } from '../../gql/graphql';
import { usePrefs, useT } from '../../i18n/I18n';
import { FieldError, GeneralErrors, PageTitle } from '../../ui/ui';
import '../../ui/map/map.css';
import { AdminNav } from './AdminNav';
import { ImportDetails, ImportSummary } from './ImportOutcome';
import { cliCommand, csvFilesOfFolder, largestSendableBytes, MAX_FILES, overBodyLimit, sizeInWords, type ImportKind } from './import-files';

const KINDS: ImportKind[] = ['municipalities', 'townBlocks', 'resources', 'boundaries'];
/** The imports that have a lenient mode (the API refuses `lenient` for the others). */
const LENIENT_KINDS = new Set<ImportKind>(['municipalities', 'townBlocks']);

/** Base64 of a file's bytes, in chunks (a large file would overflow String.fromCharCode's arguments). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** The gateway (or a subgraph) refused the request for its size: 413, in whichever shape Apollo hands it over. */
function isPayloadTooLarge(err: unknown): boolean {
  if (ServerError.is(err)) return err.statusCode === 413;
  return CombinedGraphQLErrors.is(err) && err.errors.some((e) => (e.extensions as Record<string, unknown> | undefined)?.code === 'PAYLOAD_TOO_LARGE');
}

/** Whether this browser can pick a whole folder (`webkitdirectory`: Chromium, Firefox, Safari; not every phone). */
const folderPickerSupported = typeof document !== 'undefined' && 'webkitdirectory' in document.createElement('input');

/**
 * データの取り込み: an admin (a prefecture's data officer) uploads a municipalities / town-block /
 * shop / boundary file — town blocks several files or a folder at once, as one import. Strict (the
 * default) is all or nothing and lists every problem by file, line and column; lenient imports the
 * valid rows and reports the others with the API's report, downloadable as the CSV it gave. Files
 * over the request body limit are not sent: the page names the region CLI command instead.
 */
export default function DatasetImport() {
  const t = useT();
  const { locale } = usePrefs();
  const [kind, setKind] = useState<ImportKind>('municipalities');
  const [lenient, setLenient] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  // Remounts the file inputs, which React cannot clear, when the kind changes.
  const [pickerKey, setPickerKey] = useState(0);
  const [busy, setBusy] = useState<null | { read: number; of: number } | 'sending'>(null);
  const [outcome, setOutcome] = useState<{ result: ImportOutcomeFragment; kind: ImportKind; files: number } | null>(null);
  const [problems, setProblems] = useState<ApiProblems | null>(null);
  const [refusedForSize, setRefusedForSize] = useState(false);
  const [emptyFolder, setEmptyFolder] = useState(false);
  // The file and folder pickers each show what they hold: picking with one empties the other, so they never disagree.
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const options = { fetchPolicy: 'no-cache' as const };
  const [municipalities] = useMutation(ImportMunicipalitiesMutation, options);
  const [townBlocks] = useMutation(ImportTownBlockFilesMutation, options);
  const [resources] = useMutation(ImportResourcesMutation, options);
  const [boundaries] = useMutation(ImportBoundariesMutation, options);

  const canBeLenient = LENIENT_KINDS.has(kind);
  const several = kind === 'townBlocks';
  const useLenient = canBeLenient && lenient;
  const tooLarge = refusedForSize || overBodyLimit(files);
  const tooMany = files.length > MAX_FILES;
  const totalBytes = files.reduce((s, f) => s + f.size, 0);

  function choose(picked: File[], fromFolder = false) {
    setFiles(picked);
    setEmptyFolder(fromFolder && picked.length === 0);
    setOutcome(null);
    setProblems(null);
    setRefusedForSize(false);
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!files.length || tooLarge || tooMany) return;
    setOutcome(null);
    setProblems(null);
    try {
      const parts: { fileName: string; contentBase64: string }[] = [];
      for (const f of files) {
        setBusy({ read: parts.length, of: files.length });
        parts.push({ fileName: f.name, contentBase64: await base64Of(f) });
      }
      setBusy('sending');
      const one = { ...parts[0], ...(canBeLenient ? { lenient: useLenient } : {}) };
      let r: ImportOutcomeFragment | undefined;
      if (kind === 'municipalities') r = (await municipalities({ variables: { input: one } })).data?.importMunicipalities;
      else if (kind === 'townBlocks') r = (await townBlocks({ variables: { input: { files: parts, lenient: useLenient } } })).data?.importTownBlockFiles;
      else if (kind === 'resources') r = (await resources({ variables: { input: parts[0] } })).data?.importResources;
      else r = (await boundaries({ variables: { input: parts[0] } })).data?.importBoundaries;
      setOutcome(r ? { result: r, kind, files: parts.length } : null);
    } catch (err) {
      if (isPayloadTooLarge(err)) setRefusedForSize(true);
      else setProblems(readProblems(err));
    } finally {
      setBusy(null);
    }
  }

  // A problem with the file itself (not base64, a name too long, too many files), at the file input.
  const fileProblem = problems?.fields.find((p) => /^\/input(\/files(\/\d+)?)?(\/(contentBase64|fileName))?$/.test(p.pointer) && p.pointer !== '/input');
  const blocked = tooLarge ? 'import-too-large' : tooMany ? 'import-too-many' : undefined;
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
              <input
                type="radio"
                name="kind"
                value={k}
                checked={kind === k}
                onChange={() => {
                  setKind(k);
                  setPickerKey((n) => n + 1);
                  choose([]);
                }}
              />
              <span>
                {t(`admin.import.kind.${k}`)}
                <br />
                <span className="hint">{t(`admin.import.kindHint.${k}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>

        {canBeLenient ? (
          <fieldset className="field">
            <legend>{t('admin.import.mode')}</legend>
            <label className="choice">
              <input type="radio" name="mode" value="strict" checked={!lenient} onChange={() => setLenient(false)} />
              <span>
                <span className="choice-label">{t('admin.import.mode.strict')}</span>
                <span className="choice-desc">{t('admin.import.mode.strictHint')}</span>
              </span>
            </label>
            <label className="choice">
              <input type="radio" name="mode" value="lenient" checked={lenient} onChange={() => setLenient(true)} />
              <span>
                <span className="choice-label">{t('admin.import.mode.lenient')}</span>
                <span className="choice-desc" lang={locale === 'ja' ? 'en' : 'ja'}>
                  {t('admin.import.mode.lenientOther')}
                </span>
                <span className="choice-desc">{t('admin.import.mode.lenientHint')}</span>
              </span>
            </label>
          </fieldset>
        ) : (
          <p className="hint">{t('admin.import.mode.strictOnly')}</p>
        )}

        <div className={`field${fileProblem || blocked ? ' invalid' : ''}`}>
          <label htmlFor="import-file">{t(several ? 'admin.import.files' : 'admin.import.file')}</label>
          {several && (
            <p className="hint" id="import-file-hint">
              {t('admin.import.filesHint', { max: MAX_FILES })}
            </p>
          )}
          <input
            key={`file-${pickerKey}`}
            id="import-file"
            type="file"
            multiple={several}
            accept=".csv,.geojson,.json,text/csv,application/geo+json,application/json"
            aria-describedby={[several ? 'import-file-hint' : '', fileProblem ? 'import-file-error' : '', blocked ?? ''].filter(Boolean).join(' ') || undefined}
            ref={fileInput}
            onChange={(e) => {
              if (folderInput.current) folderInput.current.value = '';
              choose([...(e.target.files ?? [])]);
            }}
          />
          {several && folderPickerSupported && (
            <div className="folder-pick">
              <label htmlFor="import-folder">{t('admin.import.folder')}</label>
              <p className="hint" id="import-folder-hint">
                {t('admin.import.folderHint')}
              </p>
              <input
                key={`folder-${pickerKey}`}
                id="import-folder"
                type="file"
                aria-describedby="import-folder-hint"
                ref={(el) => {
                  folderInput.current = el;
                  if (el) el.webkitdirectory = true;
                }}
                onChange={(e) => {
                  if (fileInput.current) fileInput.current.value = '';
                  choose(csvFilesOfFolder([...(e.target.files ?? [])]), true);
                }}
              />
            </div>
          )}
          <FieldError id="import-file-error" problem={fileProblem} />
          {emptyFolder && (
            <p className="field-error" role="alert">
              {t('admin.import.folderEmpty')}
            </p>
          )}
        </div>

        {files.length > 0 && (
          <div className="chosen-files">
            <p id="import-chosen">{t('admin.import.chosen', { n: files.length, size: sizeInWords(totalBytes, locale) })}</p>
            {files.length > 1 && (
              <ul className="dataset-list" aria-labelledby="import-chosen">
                {files.map((f) => (
                  <li key={`${f.webkitRelativePath}/${f.name}`}>
                    {f.name}（{sizeInWords(f.size, locale)}）
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}

        {tooLarge && (
          <div className="error-box" role="alert" id="import-too-large">
            <p>{refusedForSize ? t('admin.import.tooLarge.refused') : t('admin.import.tooLarge', { size: sizeInWords(totalBytes, locale), max: sizeInWords(largestSendableBytes(), locale) })}</p>
            <p>{t('admin.import.tooLarge.useCli')}</p>
            <pre className="cli-command">
              {/* Wrapped only between words on a phone, never inside town-blocks: what is copied stays the one command. */}
              <code>
                {cliCommand(kind, useLenient, `<${t(several ? 'admin.import.cli.folder' : 'admin.import.cli.file')}>`)
                  .split(' ')
                  .map((word, i) => (
                    <Fragment key={i}>
                      {i > 0 && ' '}
                      <span className="nowrap">{word}</span>
                    </Fragment>
                  ))}
              </code>
            </pre>
            <p className="hint">{t(useLenient ? 'admin.import.tooLarge.cliReport' : 'admin.import.tooLarge.cliStrict')}</p>
          </div>
        )}
        {tooMany && (
          <div className="error-box" role="alert" id="import-too-many">
            <p>{t('admin.import.tooMany', { n: files.length, max: MAX_FILES })}</p>
          </div>
        )}

        <GeneralErrors problems={problems && { ...problems, fields: problems.fields.filter((f) => f !== fileProblem) }} />
        {busy && (
          <div role="status">
            <label htmlFor="import-progress">{busy === 'sending' ? t('admin.import.sending') : t('admin.import.reading', { n: busy.read + 1, of: busy.of })}</label>
            {busy === 'sending' ? <progress id="import-progress" className="import-progress" /> : <progress id="import-progress" className="import-progress" value={busy.read} max={busy.of} />}
          </div>
        )}
        <div className="actions">
          <button type="submit" className="button primary" disabled={!files.length || !!busy || tooLarge || tooMany} aria-describedby={blocked}>
            {t(useLenient ? 'admin.import.sendLenient' : 'admin.import.send')}
          </button>
        </div>
      </form>
      {/* Always there, so a screen reader announces the outcome's sentences when they appear; the tables follow outside it. */}
      <div aria-live="polite" className="import-live">
        {outcome && <ImportSummary result={outcome.result} />}
      </div>
      {outcome && <ImportDetails result={outcome.result} several={outcome.files > 1} canBeLenient={LENIENT_KINDS.has(outcome.kind)} />}
    </section>
  );
}
