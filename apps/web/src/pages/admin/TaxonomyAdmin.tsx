import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { problemFor, readProblems, type ApiProblems } from '../../api/errors';
import {
  AddTaxonomyCategoryMutation,
  AdminTaxonomyQuery,
  DeactivateTaxonomyCategoryMutation,
  ReactivateTaxonomyCategoryMutation,
  RenameTaxonomyCategoryMutation,
} from '../../api/operations';
import type { AdminTaxonomyQuery as AdminTaxonomyData } from '../../gql/graphql';
import { useBilingual, useT } from '../../i18n/I18n';
import { FieldError, GeneralErrors, LoadError, Loading, PageTitle } from '../../ui/ui';
import { AdminNav } from './AdminNav';

type Category = AdminTaxonomyData['taxonomy'][number]['categories'][number];
type Counts = NonNullable<Category['listingCounts']>;

/** 「掲載中 2件・下書き 1件」, or 「なし」: the listings that carry a category, in words. */
function useCountsInWords() {
  const t = useT();
  const pick = useBilingual();
  return (counts: Counts | null | undefined) => {
    const used = (counts ?? []).filter((c) => c.count > 0);
    if (!used.length) return t('admin.tax.usedNone');
    return used.map((c) => t('admin.tax.usedCount', { state: pick(c.statusLabelJa, c.statusLabelEn), n: c.count })).join(t('admin.tax.usedSeparator'));
  };
}

function TextField({
  id,
  label,
  value,
  onChange,
  problem,
  hint,
  required,
}: {
  id: string;
  label: string;
  value: string;
  onChange(v: string): void;
  problem?: ReturnType<typeof problemFor>;
  hint?: string;
  required?: boolean;
}) {
  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${problem ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input id={id} value={value} onChange={(e) => onChange(e.target.value)} required={required} aria-invalid={!!problem} aria-describedby={describedBy} />
      <FieldError id={`${id}-err`} problem={problem} />
    </div>
  );
}

/**
 * サービス分類の管理: the taxonomy's families and categories with both labels, what each category
 * carries (listings per state), and the administrator's changes — add a category, edit its labels,
 * retire it (after seeing what depends on it) or bring it back. Codes never change.
 */
export default function TaxonomyAdmin() {
  const t = useT();
  const pick = useBilingual();
  const inWords = useCountsInWords();
  const { data, loading, error, refetch } = useQuery(AdminTaxonomyQuery, { fetchPolicy: 'cache-and-network' });
  const [add] = useMutation(AddTaxonomyCategoryMutation);
  const [rename] = useMutation(RenameTaxonomyCategoryMutation);
  const [deactivate] = useMutation(DeactivateTaxonomyCategoryMutation);
  const [reactivate] = useMutation(ReactivateTaxonomyCategoryMutation);
  const [editing, setEditing] = useState<{ code: string; labelJa: string; labelEn: string; examplesJa: string } | null>(null);
  const [retiring, setRetiring] = useState<Category | null>(null);
  const [problems, setProblems] = useState<ApiProblems | null>(null);
  const [editProblems, setEditProblems] = useState<ApiProblems | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [form, setForm] = useState({ familyCode: '', code: '', labelJa: '', labelEn: '', examplesJa: '' });
  // The confirmation takes the focus (and the screen) when it opens, and gives it back when it closes.
  const retireHeading = useRef<HTMLHeadingElement>(null);
  const retireTrigger = useRef<HTMLElement | null>(null);
  const editHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (retiring) {
      retireHeading.current?.scrollIntoView({ block: 'center' });
      retireHeading.current?.focus({ preventScroll: true });
    }
  }, [retiring]);
  useEffect(() => {
    if (editing) editHeading.current?.focus();
    // Only when a form opens, not on every keystroke.
  }, [editing?.code]);
  const openRetire = (c: Category) => {
    retireTrigger.current = document.activeElement as HTMLElement | null;
    setRetiring(c);
  };
  const closeRetire = () => {
    setRetiring(null);
    const back = retireTrigger.current;
    if (back?.isConnected) setTimeout(() => back.focus(), 0);
  };

  async function run(work: () => Promise<unknown>, done: string, onError: (p: ApiProblems) => void) {
    setBusy(true);
    setMessage('');
    try {
      await work();
      await refetch();
      setMessage(done);
      return true;
    } catch (e) {
      onError(readProblems(e));
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function onAdd(e: FormEvent) {
    e.preventDefault();
    setProblems(null);
    const familyCode = form.familyCode || data?.taxonomy[0]?.code || '';
    const ok = await run(
      () => add({ variables: { input: { ...form, familyCode, examplesJa: form.examplesJa || null } } }),
      t('admin.tax.added', { name: form.labelJa }),
      setProblems,
    );
    if (ok) setForm({ familyCode, code: '', labelJa: '', labelEn: '', examplesJa: '' });
  }

  async function onSave(e: FormEvent) {
    e.preventDefault();
    if (!editing) return;
    setEditProblems(null);
    const ok = await run(() => rename({ variables: { input: editing } }), t('admin.tax.saved', { name: editing.labelJa }), setEditProblems);
    if (ok) setEditing(null);
  }

  const families = data?.taxonomy ?? [];
  return (
    <section className="page">
      <AdminNav />
      <PageTitle>{t('admin.tax.title')}</PageTitle>
      <p className="lead">{t('admin.tax.lead')}</p>
      {loading && !data && <Loading />}
      {error && !data && <LoadError retry={() => void refetch()} />}
      <div aria-live="polite">{message && <p className="status-message">{message}</p>}</div>
      {retiring && (
        <div className="card notice" role="alertdialog" aria-labelledby="retire-title" aria-describedby="retire-desc" data-testid="retire-confirm">
          <h2 id="retire-title" ref={retireHeading} tabIndex={-1}>{t('admin.tax.retireTitle', { name: pick(retiring.labelJa, retiring.labelEn) })}</h2>
          <p id="retire-desc">
            {t('admin.tax.retireUsed', { used: inWords(retiring.listingCounts) })} {t('admin.tax.retireEffect')}
          </p>
          <div className="actions">
            <button
              type="button"
              className="button primary"
              disabled={busy}
              onClick={() =>
                void run(() => deactivate({ variables: { code: retiring.code } }), t('admin.tax.retired', { name: pick(retiring.labelJa, retiring.labelEn) }), setProblems).then(closeRetire)
              }
            >
              {t('admin.tax.retireConfirm')}
            </button>
            <button type="button" className="button secondary" onClick={closeRetire}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {families.map((f) => (
        <section key={f.code} className="section" aria-labelledby={`family-${f.code}`}>
          <h2 id={`family-${f.code}`}>
            {f.labelJa} <span className="hint" lang="en">{f.labelEn}</span>
          </h2>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`family-${f.code}`}>
            <table role="table" aria-labelledby={`family-${f.code}`} className="data-table wide tax-table stack-table" data-testid={`family-${f.code}`}>
              <colgroup>
                <col className="c-ja" />
                <col className="c-en" />
                <col className="c-state" />
                <col className="c-used" />
                <col className="c-actions" />
              </colgroup>
              <thead role="rowgroup">
                <tr role="row">
                  <th role="columnheader" scope="col">{t('admin.tax.col.ja')}</th>
                  <th role="columnheader" scope="col">{t('admin.tax.col.en')}</th>
                  <th role="columnheader" scope="col">{t('admin.tax.col.state')}</th>
                  <th role="columnheader" scope="col">{t('admin.tax.col.used')}</th>
                  <th role="columnheader" scope="col">{t('admin.tax.col.actions')}</th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                {f.categories.map((c) => (
                  <tr role="row" key={c.code} data-category={c.code}>
                    <th role="rowheader" scope="row">{c.labelJa}</th>
                    <td role="cell" lang="en" data-label={t('admin.tax.col.en')}>{c.labelEn}</td>
                    <td role="cell" data-label={t('admin.tax.col.state')}>{c.active ? t('admin.tax.active') : t('admin.tax.retiredState')}</td>
                    <td role="cell" data-label={t('admin.tax.col.used')}>{inWords(c.listingCounts)}</td>
                    <td role="cell" data-label={t('admin.tax.col.actions')}>
                      <div className="row-actions">
                        <button
                          type="button"
                          className="button secondary"
                          aria-label={t('admin.tax.editOf', { name: pick(c.labelJa, c.labelEn) })}
                          onClick={() => {
                            setEditProblems(null);
                            setEditing({ code: c.code, labelJa: c.labelJa, labelEn: c.labelEn, examplesJa: c.examplesJa });
                          }}
                        >
                          {t('admin.tax.edit')}
                        </button>
                        {c.active ? (
                          <button type="button" className="button secondary" aria-label={t('admin.tax.retireOf', { name: pick(c.labelJa, c.labelEn) })} onClick={() => openRetire(c)}>
                            {t('admin.tax.retire')}
                          </button>
                        ) : (
                          <button
                            type="button"
                            className="button secondary"
                            aria-label={t('admin.tax.reactivateOf', { name: pick(c.labelJa, c.labelEn) })}
                            disabled={busy}
                            onClick={() => void run(() => reactivate({ variables: { code: c.code } }), t('admin.tax.reactivated', { name: pick(c.labelJa, c.labelEn) }), setProblems)}
                          >
                            {t('admin.tax.reactivate')}
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {editing && f.categories.some((c) => c.code === editing.code) && (
            <form className="card" onSubmit={(e) => void onSave(e)} aria-labelledby="edit-title" data-testid="edit-category">
              <h3 id="edit-title" ref={editHeading} tabIndex={-1}>{t('admin.tax.editTitle')}</h3>
              <TextField id="edit-ja" label={t('admin.tax.labelJa')} value={editing.labelJa} onChange={(v) => setEditing({ ...editing, labelJa: v })} problem={problemFor(editProblems, '/input/labelJa')} required />
              <TextField id="edit-en" label={t('admin.tax.labelEn')} value={editing.labelEn} onChange={(v) => setEditing({ ...editing, labelEn: v })} problem={problemFor(editProblems, '/input/labelEn')} required />
              <TextField id="edit-ex" label={t('admin.tax.examples')} value={editing.examplesJa} onChange={(v) => setEditing({ ...editing, examplesJa: v })} problem={problemFor(editProblems, '/input/examplesJa')} />
              <GeneralErrors problems={editProblems && { ...editProblems, fields: editProblems.fields.filter((p) => !['/input/labelJa', '/input/labelEn', '/input/examplesJa'].includes(p.pointer)) }} />
              <div className="actions">
                <button type="submit" className="button primary" disabled={busy}>
                  {t('admin.tax.save')}
                </button>
                <button type="button" className="button secondary" onClick={() => setEditing(null)}>
                  {t('common.cancel')}
                </button>
              </div>
            </form>
          )}
        </section>
      ))}
      {data && (
        <form className="card" onSubmit={(e) => void onAdd(e)} aria-labelledby="add-title" data-testid="add-category">
          <h2 id="add-title">{t('admin.tax.addTitle')}</h2>
          <div className={`field${problemFor(problems, '/input/familyCode') ? ' invalid' : ''}`}>
            <label htmlFor="add-family">{t('admin.tax.family')}</label>
            <select id="add-family" value={form.familyCode || families[0]?.code || ''} onChange={(e) => setForm({ ...form, familyCode: e.target.value })}>
              {families.map((f) => (
                <option key={f.code} value={f.code}>
                  {pick(f.labelJa, f.labelEn)}
                </option>
              ))}
            </select>
            <FieldError id="add-family-err" problem={problemFor(problems, '/input/familyCode')} />
          </div>
          <TextField id="add-ja" label={t('admin.tax.labelJa')} value={form.labelJa} onChange={(v) => setForm({ ...form, labelJa: v })} problem={problemFor(problems, '/input/labelJa')} required />
          <TextField id="add-en" label={t('admin.tax.labelEn')} value={form.labelEn} onChange={(v) => setForm({ ...form, labelEn: v })} problem={problemFor(problems, '/input/labelEn')} required />
          <TextField
            id="add-code"
            label={t('admin.tax.code')}
            hint={t('admin.tax.codeHint')}
            value={form.code}
            onChange={(v) => setForm({ ...form, code: v })}
            problem={problemFor(problems, '/input/code')}
            required
          />
          <TextField id="add-ex" label={t('admin.tax.examples')} value={form.examplesJa} onChange={(v) => setForm({ ...form, examplesJa: v })} problem={problemFor(problems, '/input/examplesJa')} />
          <GeneralErrors problems={problems && { ...problems, fields: problems.fields.filter((p) => !['/input/familyCode', '/input/labelJa', '/input/labelEn', '/input/code', '/input/examplesJa'].includes(p.pointer)) }} />
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy}>
              {t('admin.tax.add')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
