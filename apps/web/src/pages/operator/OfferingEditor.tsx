import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useLabels } from '../../api/contract';
import { readProblems, type ApiProblems, type FieldProblem } from '../../api/errors';
import { CreateOfferingMutation, MyOrganizationQuery, OfferingForEditQuery, SubmitOfferingMutation, TaxonomyQuery, UpdateOfferingMutation } from '../../api/operations';
import { Link, useRouter } from '../../app/router';
import { useBilingual, useFormatDate, usePrefs, useT, useWeekdays } from '../../i18n/I18n';
import { missingDisclosure } from '../../ui/disclosure-check';
import { LoadError, Loading, PageTitle } from '../../ui/ui';
import { OperatorNav } from './OperatorNav';
import { CAPACITY, CARE_LEVELS, COVERAGES, draftOf, EDITABLE, emptyDraft, inputOf, subjectOf, UNITS, WEEK, type Draft, type Offering, type Slot, type YesNo } from './offering-form';
import { ServiceAreaField } from './ServiceAreaField';
import './editor.css';

/** Where each field's API problems and reviewer's reasons are shown: a JSON Pointer prefix (without /input) → the field's element id. */
const FIELDS: [string, string][] = [
  ['/title', 'ed-title'],
  ['/description', 'ed-description'],
  ['/categories', 'ed-categories'],
  ['/serviceArea', 'ed-area'],
  ['/servedMunicipalityCodes', 'ed-area'],
  ['/price', 'ed-amount'],
  ['/otherCosts', 'ed-amount'],
  ['/coverage', 'ed-coverage'],
  ['/eligibility', 'ed-eligibility'],
  ['/schedule', 'ed-schedule'],
  ['/capacityStatus', 'ed-capacity'],
  ['/disclosure/staffQualifications', 'ed-staff'],
  ['/disclosure/liabilityInsurance', 'ed-insurance'],
  ['/disclosure/complaintDesk', 'ed-desk'],
  ['/disclosure/cancellationTerms', 'ed-cancel'],
  ['/disclosure/effectClaim', 'ed-effect'],
];
const fieldOf = (path: string | null | undefined): string | null => {
  if (!path) return null;
  const p = path.replace(/^\/input(?=\/)/, '');
  return FIELDS.find(([prefix]) => p === prefix || p.startsWith(`${prefix}/`))?.[1] ?? null;
};

/** A draft saved as a new listing moves the page to its own address; this carries the message across. */
let flash: { done?: string; problems?: ApiProblems } | null = null;

/**
 * 掲載の編集: a new draft, or a draft or returned listing. Taxonomy picker grouped as the taxonomy
 * groups it, service area by municipalities or by a radius drawn on the prefecture map, price,
 * coverage, eligibility, days and hours, capacity and the common disclosure items; the checklist
 * of what is still missing before submission updates as the operator types (the catalogue's rule);
 * API refusals and the reviewer's reasons appear at the field they name.
 */
export default function OfferingEditor({ params }: { params: Record<string, string> }) {
  const id = params.id;
  const t = useT();
  const org = useQuery(MyOrganizationQuery, { fetchPolicy: 'cache-and-network' });
  const existing = useQuery(OfferingForEditQuery, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'network-only' });
  const offering = existing.data?.offering;
  const loading = (id ? !existing.data && existing.loading : false) || (!org.data && org.loading);
  const error = (id && existing.error && !existing.data) || (org.error && !org.data);
  return (
    <section className="page narrow editor">
      <OperatorNav />
      <PageTitle>{id ? t('op.edit.titleEdit') : t('op.edit.titleNew')}</PageTitle>
      <p>
        <Link to="/operator/offerings">{t('op.edit.backToList')}</Link>
      </p>
      {loading && <Loading />}
      {error && <LoadError retry={() => void (id ? existing.refetch() : org.refetch())} />}
      {!loading && !error && org.data && !org.data.myOrganization && (
        <div className="notice">
          <p>{t('op.edit.noOrganization')}</p>
          <Link to="/operator/organization" className="button primary">
            {t('op.edit.registerFirst')}
          </Link>
        </div>
      )}
      {!loading && !error && org.data?.myOrganization && (!id || offering) && (
        <EditorForm key={offering?.id ?? 'new'} offering={offering} desk={org.data.myOrganization.complaintDesk} refetch={() => existing.refetch()} />
      )}
    </section>
  );
}

function EditorForm({ offering, desk, refetch }: { offering: Offering | undefined; desk: { name: string; phone?: string | null; email?: string | null } | null | undefined; refetch(): Promise<unknown> }) {
  const t = useT();
  const pick = useBilingual();
  const date = useFormatDate();
  const weekdays = useWeekdays();
  const { locale } = usePrefs();
  const { navigate } = useRouter();
  const labels = useLabels(['PriceUnit', 'Coverage', 'CapacityStatus', 'CareLevel']);
  const taxonomy = useQuery(TaxonomyQuery, { fetchPolicy: 'cache-first' });
  const [create] = useMutation(CreateOfferingMutation);
  const [update] = useMutation(UpdateOfferingMutation);
  const [submitOffering] = useMutation(SubmitOfferingMutation);
  const [form, setForm] = useState<Draft>(() => (offering ? draftOf(offering) : emptyDraft(desk)));
  const [arrived] = useState(() => {
    const f = flash;
    flash = null;
    return f;
  });
  const [problems, setProblems] = useState<ApiProblems | null>(arrived?.problems ?? null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(arrived?.done ?? null);
  const status = offering?.status ?? 'draft';
  const editable = EDITABLE.includes(status);
  useEffect(() => {
    if (offering) setForm(draftOf(offering));
  }, [offering]);

  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => {
    setForm((f) => ({ ...f, [k]: v }));
    setDone(null);
  };
  const missing = useMemo(() => missingDisclosure(subjectOf(form)), [form]);
  const lastReturn = status === 'returned' ? [...(offering?.history ?? [])].reverse().find((h) => h.action === 'return') : undefined;

  // Problems and reasons by field; what names no field of this form is listed above the buttons.
  const apiAt = (field: string): FieldProblem[] => (problems?.fields ?? []).filter((p) => fieldOf(p.pointer) === field);
  const reasonsAt = (field: string) => (lastReturn?.reasons ?? []).filter((r) => fieldOf(r.path) === field);
  const unplaced = (problems?.fields ?? []).filter((p) => !fieldOf(p.pointer));
  const generalReasons = (lastReturn?.reasons ?? []).filter((r) => !fieldOf(r.path));
  const text = (p: FieldProblem) => (locale === 'en' ? p.en || p.ja : p.ja || p.en);

  /** A field's label, hint, the reviewer's reasons and the API's problems, with the ids its control is described by. */
  const extras = (field: string) => {
    const api = apiAt(field);
    const reasons = reasonsAt(field);
    const mine = local[field];
    const ids = [reasons.length ? `${field}-reason` : '', api.length || mine ? `${field}-err` : ''].filter(Boolean).join(' ') || undefined;
    const invalid = api.length > 0 || !!mine;
    const node = (
      <>
        {reasons.length > 0 && (
          <div className="notice reviewer-reason" id={`${field}-reason`}>
            <p>
              <strong>{t('op.edit.reviewerSays')}</strong>
            </p>
            <ul>
              {reasons.map((r, i) => (
                <li key={i}>{pick(r.messageJa, r.messageEn)}</li>
              ))}
            </ul>
          </div>
        )}
        {(api.length > 0 || mine) && (
          <div id={`${field}-err`} role="alert">
            {mine && <p className="field-error">{mine}</p>}
            {api.map((p, i) => (
              <p key={i} className="field-error">
                {text(p)}
              </p>
            ))}
          </div>
        )}
      </>
    );
    return { ids, invalid, node };
  };

  /** Checks the browser can make before sending: the API's input type needs a price and a coverage. */
  function localChecks(): Record<string, string> {
    const out: Record<string, string> = {};
    if (form.unit !== 'free' && !(form.amountYen.trim() !== '' && Number.isInteger(Number(form.amountYen)) && Number(form.amountYen) >= 0)) out['ed-amount'] = t('op.edit.amountRequired');
    if (!form.coverage) out['ed-coverage'] = t('op.edit.coverageRequired');
    if (form.area.kind === 'radius' && !form.area.centre) out['ed-area'] = t('op.edit.area.centreRequired');
    return out;
  }

  async function save(): Promise<string | null> {
    const checks = localChecks();
    setLocal(checks);
    setProblems(null);
    if (Object.keys(checks).length) {
      document.getElementById(Object.keys(checks)[0])?.focus();
      return null;
    }
    const input = inputOf(form, offering);
    try {
      if (offering) {
        await update({ variables: { id: offering.id, input } });
        return offering.id;
      }
      const r = await create({ variables: { input } });
      return r.data?.createOffering.id ?? null;
    } catch (e) {
      const p = readProblems(e);
      setProblems(p);
      const first = p.fields.map((x) => fieldOf(x.pointer)).find(Boolean);
      if (first) document.getElementById(first)?.focus();
      return null;
    }
  }

  async function onSave(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setDone(null);
    const savedId = await save();
    setBusy(false);
    if (!savedId) return;
    if (!offering) {
      flash = { done: t('op.edit.saved') };
      navigate(`/operator/offerings/${savedId}/edit`, true);
      return;
    }
    await refetch();
    setDone(t('op.edit.saved'));
  }

  async function onSubmit() {
    setBusy(true);
    setDone(null);
    const savedId = await save();
    if (!savedId) {
      setBusy(false);
      return;
    }
    try {
      await submitOffering({ variables: { id: savedId } });
      if (!offering) {
        flash = { done: t('op.edit.submitted') };
        navigate(`/operator/offerings/${savedId}/edit`, true);
      } else {
        await refetch();
        setDone(t('op.edit.submitted'));
      }
    } catch (err) {
      const p = readProblems(err);
      setProblems(p);
      // Saved but not submitted: show what was saved (the save already moved a returned listing to draft).
      if (!offering) {
        flash = { done: t('op.edit.saved'), problems: p };
        navigate(`/operator/offerings/${savedId}/edit`, true);
      } else await refetch();
    } finally {
      setBusy(false);
    }
  }

  const families = taxonomy.data?.taxonomy ?? [];
  const categoryName = (code: string) => {
    for (const f of families) for (const c of f.categories) if (c.code === code) return pick(c.labelJa, c.labelEn);
    return t('label.fallback', { n: '' });
  };
  type TextKey = 'title' | 'description' | 'staffQualifications' | 'cancellationTerms';
  const textField = (k: TextKey, field: string, label: string, opts: { multiline?: boolean; hint?: string } = {}) => {
    const x = extras(field);
    const hintId = opts.hint ? `${field}-hint` : '';
    return (
      <div className={`field${x.invalid ? ' invalid' : ''}`}>
        <label htmlFor={field}>{label}</label>
        {opts.hint && (
          <p className="hint" id={hintId}>
            {opts.hint}
          </p>
        )}
        {x.node}
        {opts.multiline ? (
          <textarea id={field} rows={4} value={form[k]} onChange={(e) => set(k, e.target.value)} disabled={!editable} aria-invalid={x.invalid} aria-describedby={[hintId, x.ids].filter(Boolean).join(' ') || undefined} />
        ) : (
          <input id={field} value={form[k]} onChange={(e) => set(k, e.target.value)} disabled={!editable} aria-invalid={x.invalid} aria-describedby={[hintId, x.ids].filter(Boolean).join(' ') || undefined} />
        )}
      </div>
    );
  };
  /** A labelled one-line input inside a field group (its problems are shown at the group). */
  const plain = (k: 'insurer' | 'insuranceSummary' | 'deskName' | 'deskPhone' | 'deskEmail' | 'claim', id: string, label: string, type?: 'tel' | 'email') => (
    <>
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} autoComplete={type} value={form[k]} onChange={(e) => set(k, e.target.value)} disabled={!editable} />
    </>
  );
  const section = (title: string, children: ReactNode) => (
    <div className="card editor-section">
      <h2>{title}</h2>
      {children}
    </div>
  );
  const yesNo = (name: string, field: string, legend: string, value: YesNo, onChange: (v: YesNo) => void, yes: string, no: string, after?: ReactNode) => {
    const x = extras(field);
    return (
      <fieldset className={`field${x.invalid ? ' invalid' : ''}`} id={field} tabIndex={-1} aria-describedby={x.ids}>
        <legend>{legend}</legend>
        {x.node}
        {(['no', 'yes'] as const).map((v) => (
          <label key={v} className="choice">
            <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} disabled={!editable} />
            <span className="choice-label">{v === 'yes' ? yes : no}</span>
          </label>
        ))}
        {after}
      </fieldset>
    );
  };
  // 「月曜日・水曜日 16:00〜18:30」: days with the same hours together, in plain words.
  const byHours = new Map<string, number[]>();
  for (const d of WEEK.filter((x) => form.schedule[x].on)) {
    const k = `${form.schedule[d].opensAt}|${form.schedule[d].closesAt}`;
    byHours.set(k, [...(byHours.get(k) ?? []), d]);
  }
  const slotWords = [...byHours].map(([k, days]) => t('op.edit.schedule.slot', { days: days.map((d) => weekdays[d]).join(t('common.listSeparator')), from: k.split('|')[0], to: k.split('|')[1] }));

  const categoriesX = extras('ed-categories');
  const amountX = extras('ed-amount');
  const coverageX = extras('ed-coverage');
  const eligibilityX = extras('ed-eligibility');
  const scheduleX = extras('ed-schedule');
  const capacityX = extras('ed-capacity');
  const deskX = extras('ed-desk');
  const areaX = extras('ed-area');

  return (
    <form onSubmit={(e) => void onSave(e)} noValidate data-testid="offering-editor">
      <p>
        <span className="badge" data-testid="editor-status">
          {offering ? pick(offering.statusLabelJa, offering.statusLabelEn) : t('op.edit.newBadge')}
        </span>
      </p>
      {!editable && <p className="notice">{t(`op.edit.notEditable.${status === 'submitted' ? 'submitted' : 'other'}`)}</p>}
      {lastReturn && (
        <div className="notice" data-testid="returned-notice">
          <p>
            <strong>{t('op.offerings.returnedOn', { date: date(lastReturn.at) })}</strong>
          </p>
          <ul className="fix-list">
            {lastReturn.reasons.map((r, i) => {
              const field = fieldOf(r.path);
              return (
                <li key={i}>
                  {field ? (
                    <button type="button" className="link-button" onClick={() => document.getElementById(field)?.focus()}>
                      {t('op.edit.reasonAt', { field: t(`op.edit.fieldName.${field.slice(3)}`), reason: pick(r.messageJa, r.messageEn) })}
                    </button>
                  ) : (
                    pick(r.messageJa, r.messageEn)
                  )}
                </li>
              );
            })}
          </ul>
          {generalReasons.length > 0 && <p className="hint">{t('op.edit.reasonsWhole')}</p>}
        </div>
      )}

      {section(
        t('op.edit.section.what'),
        <>
          {textField('title', 'ed-title', t('op.edit.title'), { hint: t('op.edit.titleHint') })}
          <fieldset className={`field${categoriesX.invalid ? ' invalid' : ''}`} id="ed-categories" tabIndex={-1} aria-describedby={['ed-categories-hint', categoriesX.ids].filter(Boolean).join(' ')}>
            <legend>{t('op.edit.categories')}</legend>
            <p className="hint" id="ed-categories-hint">
              {t('op.edit.categoriesHint')}
            </p>
            {categoriesX.node}
            {taxonomy.loading && !taxonomy.data && <Loading />}
            {families.map((fam) => (
              <fieldset key={fam.code} className="taxonomy-family">
                <legend>{pick(fam.labelJa, fam.labelEn)}</legend>
                <div className="choice-grid">
                  {fam.categories.map((c) => {
                    const checked = form.categories.includes(c.code);
                    return (
                      <label key={c.code} className="choice">
                        <input
                          type="checkbox"
                          value={c.code}
                          checked={checked}
                          disabled={!editable}
                          onChange={(e) => set('categories', e.target.checked ? [...form.categories, c.code] : form.categories.filter((x) => x !== c.code))}
                        />
                        <span>
                          <span className="choice-label">{pick(c.labelJa, c.labelEn)}</span>
                          {c.examplesJa && locale === 'ja' && <span className="choice-desc">{c.examplesJa}</span>}
                        </span>
                      </label>
                    );
                  })}
                </div>
              </fieldset>
            ))}
            <p aria-live="polite" data-testid="chosen-categories">
              {form.categories.length
                ? t('op.edit.categoriesChosen', { primary: categoryName(form.categories[0]), others: form.categories.slice(1).map(categoryName).join(t('common.listSeparator')) || t('op.edit.none') })
                : t('op.edit.categoriesNone')}
            </p>
          </fieldset>
          {textField('description', 'ed-description', t('op.edit.description'), { multiline: true, hint: t('op.edit.descriptionHint') })}
        </>,
      )}

      {section(
        t('op.edit.section.where'),
        <>
          {areaX.node}
          <ServiceAreaField value={form.area} onChange={(v) => set('area', v)} disabled={!editable} describedBy={areaX.ids} invalid={areaX.invalid} />
        </>,
      )}

      {section(
        t('op.edit.section.money'),
        <>
          <div className={`field${amountX.invalid ? ' invalid' : ''}`}>
            <label htmlFor="ed-unit">{t('op.edit.unit')}</label>
            <select id="ed-unit" value={form.unit} onChange={(e) => set('unit', e.target.value)} disabled={!editable}>
              {UNITS.map((u) => (
                <option key={u} value={u}>
                  {labels.label('PriceUnit', u)}
                </option>
              ))}
            </select>
            {form.unit !== 'free' && (
              <>
                <label htmlFor="ed-amount">{t('op.edit.amount')}</label>
                {amountX.node}
                <div className="with-unit">
                  <input id="ed-amount" inputMode="numeric" value={form.amountYen} onChange={(e) => set('amountYen', e.target.value.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)))} disabled={!editable} aria-invalid={amountX.invalid} aria-describedby={amountX.ids} />
                  <span aria-hidden="true">{t('op.edit.yen')}</span>
                </div>
              </>
            )}
            <label htmlFor="ed-includes">{t('op.edit.includes')}</label>
            <input id="ed-includes" value={form.includes} onChange={(e) => set('includes', e.target.value)} disabled={!editable} />
          </div>
          <fieldset className={`field${coverageX.invalid ? ' invalid' : ''}`} id="ed-coverage" tabIndex={-1} aria-describedby={coverageX.ids}>
            <legend>{t('op.edit.coverage')}</legend>
            {coverageX.node}
            {COVERAGES.map((c) => (
              <label key={c} className="choice">
                <input type="radio" name="coverage" value={c} checked={form.coverage === c} onChange={() => set('coverage', c)} disabled={!editable} />
                <span>
                  <span className="choice-label">{labels.label('Coverage', c)}</span>
                  <span className="choice-desc">{labels.description('Coverage', c)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset className={`field${eligibilityX.invalid ? ' invalid' : ''}`} id="ed-eligibility" tabIndex={-1} aria-describedby={eligibilityX.ids}>
            <legend>{t('op.edit.eligibility')}</legend>
            {eligibilityX.node}
            <label className="choice">
              <input type="checkbox" checked={form.certificationRequired} onChange={(e) => set('certificationRequired', e.target.checked)} disabled={!editable} />
              <span className="choice-label">{t('op.edit.certificationRequired')}</span>
            </label>
            {form.certificationRequired && (
              <div className="choice-grid">
                {CARE_LEVELS.map((c) => (
                  <label key={c} className="choice">
                    <input type="checkbox" checked={form.careLevels.includes(c)} onChange={(e) => set('careLevels', e.target.checked ? [...form.careLevels, c] : form.careLevels.filter((x) => x !== c))} disabled={!editable} />
                    <span className="choice-label">{labels.label('CareLevel', c)}</span>
                  </label>
                ))}
              </div>
            )}
          </fieldset>
        </>,
      )}

      {section(
        t('op.edit.section.when'),
        <>
          <fieldset className={`field${scheduleX.invalid ? ' invalid' : ''}`} id="ed-schedule" tabIndex={-1} aria-describedby={['ed-schedule-words', scheduleX.ids].filter(Boolean).join(' ')}>
            <legend>{t('op.edit.schedule')}</legend>
            {scheduleX.node}
            <ul className="schedule-rows">
              {WEEK.map((d) => {
                const s = form.schedule[d];
                const put = (patch: Partial<Slot>) => set('schedule', form.schedule.map((x, i) => (i === d ? { ...x, ...patch } : x)));
                return (
                  <li key={d} className="schedule-row">
                    <label className="choice">
                      <input type="checkbox" checked={s.on} onChange={(e) => put({ on: e.target.checked })} disabled={!editable} />
                      <span className="choice-label">{weekdays[d]}</span>
                    </label>
                    {s.on && (
                      <span className="times">
                        <label>
                          <span className="visually-hidden">{t('op.edit.schedule.opensAt', { day: weekdays[d] })}</span>
                          <input type="time" value={s.opensAt} onChange={(e) => put({ opensAt: e.target.value })} disabled={!editable} />
                        </label>
                        <span aria-hidden="true">{t('op.edit.schedule.until')}</span>
                        <label>
                          <span className="visually-hidden">{t('op.edit.schedule.closesAt', { day: weekdays[d] })}</span>
                          <input type="time" value={s.closesAt} onChange={(e) => put({ closesAt: e.target.value })} disabled={!editable} />
                        </label>
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
            <p id="ed-schedule-words" aria-live="polite">
              {slotWords.length ? t('op.edit.schedule.words', { slots: slotWords.join(t('op.edit.schedule.sep')) }) : t('op.edit.schedule.byArrangement')}
            </p>
          </fieldset>
          <div className={`field${capacityX.invalid ? ' invalid' : ''}`}>
            <label htmlFor="ed-capacity">{t('op.edit.capacity')}</label>
            {capacityX.node}
            <select id="ed-capacity" value={form.capacityStatus} onChange={(e) => set('capacityStatus', e.target.value)} disabled={!editable} aria-describedby={capacityX.ids}>
              {CAPACITY.map((c) => (
                <option key={c} value={c}>
                  {labels.label('CapacityStatus', c)}
                </option>
              ))}
            </select>
          </div>
        </>,
      )}

      {section(
        t('op.edit.section.disclosure'),
        <>
          <p className="hint">{t('op.edit.disclosureHint')}</p>
          {textField('staffQualifications', 'ed-staff', t('op.edit.staff'), { multiline: true })}
          {yesNo('insurance', 'ed-insurance', t('op.edit.insurance'), form.insurance, (v) => set('insurance', v), t('op.edit.insuranceYes'), t('op.edit.insuranceNo'),
            form.insurance === 'yes' && (
              <>
                {plain('insurer', 'ed-insurer', t('op.edit.insurer'))}
                {plain('insuranceSummary', 'ed-insurance-summary', t('op.edit.insuranceSummary'))}
              </>
            ),
          )}
          <fieldset className={`field${deskX.invalid ? ' invalid' : ''}`} id="ed-desk" tabIndex={-1} aria-describedby={deskX.ids}>
            <legend>{t('op.edit.desk')}</legend>
            {deskX.node}
            {plain('deskName', 'ed-desk-name', t('op.edit.deskName'))}
            {plain('deskPhone', 'ed-desk-phone', t('op.edit.deskPhone'), 'tel')}
            {plain('deskEmail', 'ed-desk-email', t('op.edit.deskEmail'), 'email')}
          </fieldset>
          {textField('cancellationTerms', 'ed-cancel', t('op.edit.cancel'), { multiline: true })}
          {yesNo('effect', 'ed-effect', t('op.edit.effect'), form.effect, (v) => set('effect', v), t('op.edit.effectYes'), t('op.edit.effectNo'),
            form.effect === 'yes' && (
              <>
                {plain('claim', 'ed-claim', t('op.edit.claim'))}
                <label htmlFor="ed-evidence">{t('op.edit.evidence')}</label>
                <textarea id="ed-evidence" rows={3} value={form.evidence} onChange={(e) => set('evidence', e.target.value)} disabled={!editable} />
              </>
            ),
          )}
        </>,
      )}

      {editable && (
        <div className="card checklist" data-testid="checklist">
          <h2>{t('op.edit.checklist')}</h2>
          <div aria-live="polite">
            {missing.length === 0 ? <p className="status-message">{t('op.edit.checklistComplete')}</p> : <p>{t('op.offerings.missing', { n: missing.length })}</p>}
          </div>
          {missing.length > 0 && (
            <ul className="fix-list">
              {missing.map((m) => {
                const field = fieldOf(m.path);
                return (
                  <li key={m.key} data-missing={m.key}>
                    <button type="button" className="link-button" onClick={() => field && document.getElementById(field)?.focus()}>
                      <strong>{pick(m.labelJa, m.labelEn)}</strong>
                      {t('op.edit.colon')}
                      {pick(m.reasonJa, m.reasonEn)}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}

      {(unplaced.length > 0 || (problems?.general.length ?? 0) > 0) && (
        <div className="error-box" role="alert">
          <p>{t('error.general')}</p>
          <ul>
            {unplaced.map((p, i) => (
              <li key={`f${i}`}>{text(p)}</li>
            ))}
            {problems?.general.map((g, i) => (
              <li key={`g${i}`}>{g.code === 'NETWORK' ? t('error.network') : locale === 'en' ? g.en || g.ja : g.ja || g.en}</li>
            ))}
          </ul>
        </div>
      )}
      <div aria-live="polite">{done && <p className="status-message">{done}</p>}</div>
      {editable && (
        <div className="actions">
          <button type="submit" className="button secondary" disabled={busy}>
            {t('op.edit.saveDraft')}
          </button>
          <button type="button" className="button primary" disabled={busy || missing.length > 0} aria-describedby={missing.length ? 'submit-why' : undefined} onClick={() => void onSubmit()}>
            {t('op.edit.submit')}
          </button>
          {missing.length > 0 && (
            <p className="hint" id="submit-why">
              {t('op.edit.submitDisabled', { n: missing.length, items: missing.map((m) => pick(m.labelJa, m.labelEn)).join(t('common.listSeparator')) })}
            </p>
          )}
        </div>
      )}
      {!editable && (
        <p>
          <Link to="/operator/offerings">{t('op.edit.backToList')}</Link>
        </p>
      )}
    </form>
  );
}
