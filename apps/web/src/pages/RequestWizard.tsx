import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FileHelpRequestMutation, MunicipalitiesQuery, PrefecturesQuery, TaxonomyQuery } from '../api/operations';
import { useConsentText, useLabels, useTownBlocks } from '../api/contract';
import { problemFor, readProblems, type ApiProblems, type FieldProblem } from '../api/errors';
import { useRouter } from '../app/router';
import { useSession } from '../auth/session';
import { useBilingual, useT, useWeekdays } from '../i18n/I18n';
import { FieldError, GeneralErrors, Loading, PageTitle } from '../ui/ui';

const STEPS = ['who', 'where', 'what', 'when', 'money', 'consent'] as const;
type Step = (typeof STEPS)[number];
const RELATIONSHIPS = ['self', 'parent', 'spouse', 'other'] as const;
const TIMES = ['any', 'morning', 'afternoon', 'evening'] as const;
/** Which step holds the field a JSON Pointer names (for API errors). */
const STEP_OF: [RegExp, Step][] = [
  [/\/(senior\/(fullName|fullNameKana|careLevel|contactPhone|healthNotes)|ageBand|livingSituation)/, 'who'],
  [/\/(municipalityCode|location|senior\/addressText)/, 'where'],
  [/\/(needs|needsNote)/, 'what'],
  [/\/preferences\/preferredDays/, 'when'],
  [/\/preferences/, 'money'],
  [/\/acquisitionConsent/, 'consent'],
];

interface Form {
  relationship: string;
  fullName: string;
  fullNameKana: string;
  contactPhone: string;
  ageBand: string;
  careLevel: string;
  livingSituation: string;
  prefectureCode: string;
  municipalityCode: string;
  blockQuery: string;
  townBlock: { code: string; name: string; lat: number; lng: number } | null;
  addressText: string;
  needs: string[];
  needsNote: string;
  days: number[];
  time: string;
  coverage: string;
  budgetYen: string;
  agreed: boolean;
  givenBy: string;
  givenByName: string;
  method: string;
  obtainedAt: string;
}

function localNow(): string {
  const d = new Date(Date.now() - new Date().getTimezoneOffset() * 60000);
  return d.toISOString().slice(0, 16);
}

/** 相談する: a short wizard in plain Japanese. A care manager files on a senior's behalf with the consent recorded. */
export default function RequestWizard() {
  const t = useT();
  const { session } = useSession();
  const { navigate } = useRouter();
  const careManager = session?.user.role === 'care_manager';
  const [step, setStep] = useState<Step>('who');
  const [form, setForm] = useState<Form>({
    relationship: careManager ? 'other' : '',
    fullName: '',
    fullNameKana: '',
    contactPhone: '',
    ageBand: '',
    careLevel: '',
    livingSituation: '',
    prefectureCode: '',
    municipalityCode: '',
    blockQuery: '',
    townBlock: null,
    addressText: '',
    needs: [],
    needsNote: '',
    days: [],
    time: 'any',
    coverage: 'any',
    budgetYen: '',
    agreed: false,
    givenBy: careManager ? 'self' : '',
    givenByName: '',
    method: '',
    obtainedAt: localNow(),
  });
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const [problems, setProblems] = useState<ApiProblems | null>(null);
  const [file, { loading: filing }] = useMutation(FileHelpRequestMutation);
  const consentText = useConsentText('acquisition');
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((f) => ({ ...f, [k]: v }));
  const index = STEPS.indexOf(step);

  const required: Record<Step, (keyof Form)[]> = {
    who: careManager ? ['fullName', 'ageBand', 'careLevel', 'livingSituation'] : ['relationship', 'fullName', 'ageBand', 'careLevel', 'livingSituation'],
    where: ['prefectureCode', 'municipalityCode', 'addressText'],
    what: ['needs'],
    when: [],
    money: ['coverage'],
    consent: careManager ? ['givenBy', 'method', 'obtainedAt'] : ['agreed'],
  };
  const check = (s: Step) => {
    const m: Record<string, boolean> = {};
    for (const k of required[s]) {
      const v = form[k];
      if (v === '' || v === false || (Array.isArray(v) && v.length === 0)) m[k] = true;
    }
    if (s === 'consent' && careManager && form.givenBy !== 'self' && !form.givenByName.trim()) m.givenByName = true;
    setMissing(m);
    return Object.keys(m).length === 0;
  };
  const go = (s: Step) => {
    setStep(s);
    window.scrollTo(0, 0);
  };
  const next = () => {
    if (check(step)) go(STEPS[index + 1]);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (step !== 'consent') return next();
    if (!check('consent')) return;
    setProblems(null);
    const timeNote = form.time !== 'any' ? t('wizard.when.noteLine', { time: t(`wizard.when.time.${form.time}`) }) : '';
    const note = [form.needsNote.trim(), timeNote].filter(Boolean).join('\n');
    const givenBy = careManager ? form.givenBy : form.relationship === 'self' ? 'self' : 'family';
    try {
      const r = await file({
        variables: {
          input: {
            senior: {
              fullName: form.fullName.trim(),
              fullNameKana: form.fullNameKana.trim() || null,
              addressText: form.addressText.trim(),
              contactPhone: form.contactPhone.trim() || null,
              // わからない: sent as "no certification", the value that assumes nothing (see apps/web/README.md).
              careLevel: form.careLevel === 'unknown' ? 'none' : form.careLevel,
            },
            ageBand: form.ageBand,
            livingSituation: form.livingSituation,
            municipalityCode: form.municipalityCode,
            // The block's point; its code only when it is the 12-digit 大字・町丁目コード matching accepts
            // (region also names blocks by their name path when the import had no code).
            location: form.townBlock ? { ...(/^\d{12}$/.test(form.townBlock.code) ? { townBlockCode: form.townBlock.code } : {}), lat: form.townBlock.lat, lng: form.townBlock.lng } : null,
            needs: form.needs,
            needsNote: note || null,
            preferences: {
              coverage: form.coverage,
              budgetYen: form.budgetYen ? Number(form.budgetYen) : null,
              preferredDays: form.days.length ? [...form.days].sort() : null,
            },
            // A family agrees on screen (the server records the time and the text's version); a care
            // manager records consent obtained in writing or orally, by whom and when.
            acquisitionConsent: careManager
              ? { givenBy, givenByName: form.givenByName.trim() || null, method: form.method, obtainedAt: new Date(form.obtainedAt).toISOString(), textVersion: consentText.fromApi ? consentText.version : null }
              : { givenBy, givenByName: givenBy === 'self' ? null : session?.user.name ?? null, method: 'on_screen', textVersion: consentText.version },
          },
        },
      });
      const id = r.data?.fileHelpRequest.id;
      if (id) navigate(careManager ? `/care/requests/${id}` : `/family/requests/${id}`);
    } catch (err) {
      const p = readProblems(err);
      setProblems(p);
      const first = p.fields[0];
      const target = first && STEP_OF.find(([re]) => re.test(first.pointer));
      if (target) go(target[1]);
    }
  };

  const ctx = { form, set, missing, problems, careManager };
  return (
    <section className="page narrow">
      <PageTitle>{careManager ? t('wizard.careTitle') : t('wizard.title')}</PageTitle>
      <p className="hint">{t('wizard.noTimeLimit')}</p>
      <ol className="steps" aria-label={t('wizard.progress')}>
        {STEPS.map((s, i) => (
          <li key={s} className={i === index ? 'current' : i < index ? 'done' : ''} aria-current={i === index ? 'step' : undefined}>
            <span className="step-n">{i + 1}</span>
            <span className="step-name">{t(`wizard.step.${s}`)}</span>
          </li>
        ))}
      </ol>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 className="step-title">{t('wizard.stepOf', { n: index + 1, total: STEPS.length, name: t(`wizard.step.${step}`) })}</h2>
        {step === 'who' && <WhoStep {...ctx} />}
        {step === 'where' && <WhereStep {...ctx} />}
        {step === 'what' && <WhatStep {...ctx} />}
        {step === 'when' && <WhenStep {...ctx} />}
        {step === 'money' && <MoneyStep {...ctx} />}
        {step === 'consent' && <ConsentStep {...ctx} />}
        {Object.keys(missing).length > 0 && (
          <p className="error-box" role="alert">
            {t('wizard.missing')}
          </p>
        )}
        <GeneralErrors problems={problems} />
        <div className="actions">
          {index > 0 && (
            <button type="button" className="button secondary" onClick={() => go(STEPS[index - 1])}>
              {t('common.back')}
            </button>
          )}
          <button type="submit" className="button primary" disabled={filing || (step === 'consent' && !consentText.fromApi && !careManager)}>
            {step === 'consent' ? (filing ? t('wizard.sending') : t('wizard.submit')) : t('common.next')}
          </button>
        </div>
      </form>
    </section>
  );
}

interface StepProps {
  form: Form;
  set: <K extends keyof Form>(k: K, v: Form[K]) => void;
  missing: Record<string, boolean>;
  problems: ApiProblems | null;
  careManager: boolean;
}

function Required({ show }: { show: boolean }) {
  const t = useT();
  return show ? <p className="field-error">{t('wizard.required')}</p> : null;
}

function TextField(p: { id: string; label: string; value: string; onChange(v: string): void; hint?: string; missing?: boolean; problem?: FieldProblem; type?: string; autoComplete?: string; inputMode?: 'numeric' | 'tel' | 'text' }) {
  const describedBy = [p.hint ? `${p.id}-hint` : '', p.problem ? `${p.id}-err` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${p.missing || p.problem ? ' invalid' : ''}`}>
      <label htmlFor={p.id}>{p.label}</label>
      {p.hint && (
        <p className="hint" id={`${p.id}-hint`}>
          {p.hint}
        </p>
      )}
      <input
        id={p.id}
        type={p.type ?? 'text'}
        value={p.value}
        inputMode={p.inputMode}
        autoComplete={p.autoComplete}
        aria-invalid={p.missing || p.problem ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => p.onChange(e.target.value)}
      />
      <Required show={!!p.missing} />
      <FieldError id={`${p.id}-err`} problem={p.problem} />
    </div>
  );
}

function Choices(p: { name: string; legend: string; hint?: ReactNode; options: { value: string; label: string; desc?: string }[]; value: string; onChange(v: string): void; missing?: boolean; problem?: FieldProblem }) {
  return (
    <fieldset className={`field choices${p.missing || p.problem ? ' invalid' : ''}`}>
      <legend>{p.legend}</legend>
      {p.hint}
      {p.options.map((o) => (
        <label key={o.value} className="choice">
          <input type="radio" name={p.name} value={o.value} checked={p.value === o.value} onChange={() => p.onChange(o.value)} />
          <span>
            <span className="choice-label">{o.label}</span>
            {o.desc && <span className="choice-desc">{o.desc}</span>}
          </span>
        </label>
      ))}
      <Required show={!!p.missing} />
      <FieldError id={`${p.name}-err`} problem={p.problem} />
    </fieldset>
  );
}

function WhoStep({ form, set, missing, problems, careManager }: StepProps) {
  const t = useT();
  const labels = useLabels(['AgeBand', 'CareLevel', 'LivingSituation']);
  return (
    <>
      {!careManager && (
        <Choices
          name="relationship"
          legend={t('wizard.who.relationship')}
          options={RELATIONSHIPS.map((r) => ({ value: r, label: t(`wizard.who.rel.${r}`) }))}
          value={form.relationship}
          onChange={(v) => set('relationship', v)}
          missing={missing.relationship}
        />
      )}
      <TextField id="fullName" label={t('wizard.who.fullName')} hint={t('wizard.who.fullNameHint')} value={form.fullName} onChange={(v) => set('fullName', v)} missing={missing.fullName} problem={problemFor(problems, '/input/senior/fullName')} autoComplete="off" />
      <TextField id="fullNameKana" label={t('wizard.who.kana')} value={form.fullNameKana} onChange={(v) => set('fullNameKana', v)} problem={problemFor(problems, '/input/senior/fullNameKana')} autoComplete="off" />
      <TextField id="contactPhone" label={t('wizard.who.phone')} hint={t('wizard.who.phoneHint')} value={form.contactPhone} onChange={(v) => set('contactPhone', v)} problem={problemFor(problems, '/input/senior/contactPhone')} type="tel" inputMode="tel" autoComplete="off" />
      <Choices
        name="ageBand"
        legend={t('wizard.who.age')}
        options={labels.codes('AgeBand').map((c) => ({ value: c, label: labels.label('AgeBand', c) }))}
        value={form.ageBand}
        onChange={(v) => set('ageBand', v)}
        missing={missing.ageBand}
        problem={problemFor(problems, '/input/ageBand')}
      />
      <Choices
        name="careLevel"
        legend={t('wizard.who.careLevel')}
        hint={
          <div className="hint">
            <p>{t('wizard.who.careExplainSupport')}</p>
            <p>{t('wizard.who.careExplainCare')}</p>
          </div>
        }
        options={[
          ...labels.codes('CareLevel').map((c) => ({ value: c, label: labels.label('CareLevel', c), desc: labels.description('CareLevel', c) })),
          { value: 'unknown', label: t('wizard.who.careUnknown'), desc: t('wizard.who.careUnknownDesc') },
        ]}
        value={form.careLevel}
        onChange={(v) => set('careLevel', v)}
        missing={missing.careLevel}
        problem={problemFor(problems, '/input/senior/careLevel')}
      />
      <Choices
        name="livingSituation"
        legend={t('wizard.who.living')}
        options={labels.codes('LivingSituation').map((c) => ({ value: c, label: labels.label('LivingSituation', c), desc: labels.description('LivingSituation', c) }))}
        value={form.livingSituation}
        onChange={(v) => set('livingSituation', v)}
        missing={missing.livingSituation}
        problem={problemFor(problems, '/input/livingSituation')}
      />
    </>
  );
}

function WhereStep({ form, set, missing, problems }: StepProps) {
  const t = useT();
  const prefs = useQuery(PrefecturesQuery, { fetchPolicy: 'cache-first' });
  const munis = useQuery(MunicipalitiesQuery, { variables: { prefectureCode: form.prefectureCode }, skip: !form.prefectureCode, fetchPolicy: 'cache-first' });
  const prefectures = prefs.data?.areaSummary.prefectures ?? [];
  const [query, setQuery] = useState(form.blockQuery);
  const blocks = useTownBlocks(form.municipalityCode, form.blockQuery);
  useEffect(() => {
    if (!form.prefectureCode && prefectures.length === 1) set('prefectureCode', prefectures[0].prefectureCode);
  }, [prefectures, form.prefectureCode, set]);
  const municipalities = useMemo(() => [...(munis.data?.areas ?? [])].sort((a, b) => a.code.localeCompare(b.code)), [munis.data]);
  const muniProblem = problemFor(problems, '/input/municipalityCode');
  return (
    <>
      <div className={`field${missing.prefectureCode ? ' invalid' : ''}`}>
        <label htmlFor="prefecture">{t('wizard.where.prefecture')}</label>
        <select id="prefecture" value={form.prefectureCode} onChange={(e) => { set('prefectureCode', e.target.value); set('municipalityCode', ''); set('townBlock', null); }}>
          <option value="">{t('common.choose')}</option>
          {prefectures.map((p) => (
            <option key={p.prefectureCode} value={p.prefectureCode}>
              {p.prefectureName}
            </option>
          ))}
        </select>
        <Required show={!!missing.prefectureCode} />
      </div>
      <div className={`field${missing.municipalityCode || muniProblem ? ' invalid' : ''}`}>
        <label htmlFor="municipality">{t('wizard.where.municipality')}</label>
        <select id="municipality" value={form.municipalityCode} disabled={!form.prefectureCode} aria-describedby={muniProblem ? 'municipality-err' : undefined} onChange={(e) => { set('municipalityCode', e.target.value); set('townBlock', null); }}>
          <option value="">{t('common.choose')}</option>
          {municipalities.map((m) => (
            <option key={m.code} value={m.code}>
              {m.name}
            </option>
          ))}
        </select>
        <Required show={!!missing.municipalityCode} />
        <FieldError id="municipality-err" problem={muniProblem} />
      </div>
      {form.municipalityCode && (
        <div className="field">
          <label htmlFor="block-search">{t('wizard.where.block')}</label>
          <p className="hint" id="block-hint">
            {blocks.available ? t('wizard.where.blockHint') : t('wizard.where.blockUnavailable')}
          </p>
          {blocks.available && (
            <>
              <div className="inline">
                <input id="block-search" type="search" value={query} aria-describedby="block-hint" onChange={(e) => setQuery(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); set('blockQuery', query); } }} />
                <button type="button" className="button secondary" onClick={() => set('blockQuery', query)}>
                  {t('common.search')}
                </button>
              </div>
              {form.townBlock && <p className="chosen">{t('wizard.where.blockChosen', { name: form.townBlock.name })}</p>}
              <FieldError id="block-err" problem={problemFor(problems, '/input/location') ?? problems?.fields.find((p) => p.pointer.startsWith('/input/location'))} />
              <ul className="block-list">
                {blocks.blocks.map((b) => (
                  <li key={b.code}>
                    <label className="choice">
                      <input type="radio" name="townBlock" checked={form.townBlock?.code === b.code} onChange={() => set('townBlock', { code: b.code, name: b.name, lat: b.lat, lng: b.lng })} />
                      <span className="choice-label">{b.name}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <TextField id="addressText" label={t('wizard.where.address')} hint={t('wizard.where.addressHint')} value={form.addressText} onChange={(v) => set('addressText', v)} missing={missing.addressText} problem={problemFor(problems, '/input/senior/addressText')} autoComplete="off" />
    </>
  );
}

function WhatStep({ form, set, missing, problems }: StepProps) {
  const t = useT();
  const pick = useBilingual();
  const { data, loading } = useQuery(TaxonomyQuery, { fetchPolicy: 'cache-first' });
  const problem = problemFor(problems, '/input/needs');
  const toggle = (code: string) => set('needs', form.needs.includes(code) ? form.needs.filter((n) => n !== code) : [...form.needs, code]);
  if (loading && !data) return <Loading />;
  return (
    <>
      <fieldset className={`field${missing.needs || problem ? ' invalid' : ''}`}>
        <legend>{t('wizard.what.legend')}</legend>
        <p className="hint">{t('wizard.what.hint')}</p>
        {data?.taxonomy.map((fam) => (
          <div key={fam.code} className="family-group">
            <h3>{pick(fam.labelJa, fam.labelEn)}</h3>
            <div className="cards">
              {fam.categories.map((c) => (
                <label key={c.code} className={`card choice-card${form.needs.includes(c.code) ? ' selected' : ''}`}>
                  <input type="checkbox" value={c.code} checked={form.needs.includes(c.code)} onChange={() => toggle(c.code)} />
                  <span>
                    <span className="choice-label">{pick(c.labelJa, c.labelEn)}</span>
                    <span className="choice-desc">{c.examplesJa}</span>
                  </span>
                </label>
              ))}
            </div>
          </div>
        ))}
        <Required show={!!missing.needs} />
        <FieldError id="needs-err" problem={problem} />
      </fieldset>
      <div className="field">
        <label htmlFor="needsNote">{t('wizard.what.note')}</label>
        <p className="hint" id="needsNote-hint">
          {t('wizard.what.noteHint')}
        </p>
        <textarea id="needsNote" rows={3} value={form.needsNote} aria-describedby="needsNote-hint" onChange={(e) => set('needsNote', e.target.value)} />
        <FieldError id="needsNote-err" problem={problemFor(problems, '/input/needsNote')} />
      </div>
    </>
  );
}

function WhenStep({ form, set, problems }: StepProps) {
  const t = useT();
  const intlWeekdays = useWeekdays();
  const labels = useLabels(['Weekday']);
  const weekdays = intlWeekdays.map((w, d) => (labels.has('Weekday') ? labels.label('Weekday', String(d)) : w));
  const toggle = (d: number) => set('days', form.days.includes(d) ? form.days.filter((x) => x !== d) : [...form.days, d]);
  return (
    <>
      <fieldset className="field">
        <legend>{t('wizard.when.days')}</legend>
        <p className="hint">{t('wizard.when.daysHint')}</p>
        <div className="day-grid">
          {[1, 2, 3, 4, 5, 6, 0].map((d) => (
            <label key={d} className="choice">
              <input type="checkbox" value={d} checked={form.days.includes(d)} onChange={() => toggle(d)} />
              <span className="choice-label">{weekdays[d]}</span>
            </label>
          ))}
        </div>
        <FieldError id="days-err" problem={problemFor(problems, '/input/preferences/preferredDays')} />
      </fieldset>
      <Choices name="time" legend={t('wizard.when.time')} options={TIMES.map((x) => ({ value: x, label: t(`wizard.when.time.${x}`) }))} value={form.time} onChange={(v) => set('time', v)} />
    </>
  );
}

function MoneyStep({ form, set, missing, problems }: StepProps) {
  const t = useT();
  const labels = useLabels(['Coverage']);
  return (
    <>
      <Choices
        name="coverage"
        legend={t('wizard.money.coverage')}
        options={['any', 'covered', 'not_covered'].map((c) => ({ value: c, label: labels.has('Coverage') ? labels.label('Coverage', c) : t(`wizard.money.cov.${c}`), desc: t(`wizard.money.cov.${c}.desc`) }))}
        value={form.coverage}
        onChange={(v) => set('coverage', v)}
        missing={missing.coverage}
        problem={problemFor(problems, '/input/preferences/coverage')}
      />
      <TextField id="budgetYen" label={t('wizard.money.budget')} hint={t('wizard.money.budgetHint')} value={form.budgetYen} onChange={(v) => set('budgetYen', v.replace(/[^0-9]/g, ''))} problem={problemFor(problems, '/input/preferences/budgetYen')} inputMode="numeric" />
    </>
  );
}

function ConsentStep({ form, set, missing, problems, careManager }: StepProps) {
  const t = useT();
  const text = useConsentText('acquisition');
  const labels = useLabels(['ConsentGiver', 'ConsentMethod']);
  return (
    <>
      <section className="consent-text" aria-labelledby="consent-title">
        <h3 id="consent-title">{text.title}</h3>
        <p className="pre">{text.body}</p>
        <p className="hint">{t('consent.version', { version: text.version })}</p>
        <FieldError id="textVersion-err" problem={problemFor(problems, '/input/acquisitionConsent/textVersion')} />
      </section>
      {careManager ? (
        <>
          <p className="hint">{t('wizard.consent.careLead')}</p>
          <Choices
            name="givenBy"
            legend={t('wizard.consent.givenBy')}
            options={labels.codes('ConsentGiver').map((c) => ({ value: c, label: labels.label('ConsentGiver', c) }))}
            value={form.givenBy}
            onChange={(v) => set('givenBy', v)}
            missing={missing.givenBy}
            problem={problemFor(problems, '/input/acquisitionConsent/givenBy')}
          />
          <Choices
            name="method"
            legend={t('wizard.consent.method')}
            options={labels.codes('ConsentMethod').filter((c) => c !== 'on_screen').map((c) => ({ value: c, label: labels.label('ConsentMethod', c) }))}
            value={form.method}
            onChange={(v) => set('method', v)}
            missing={missing.method}
            problem={problemFor(problems, '/input/acquisitionConsent/method')}
          />
          <TextField id="givenByName" label={t('wizard.consent.givenByName')} hint={t('wizard.consent.givenByNameHint')} value={form.givenByName} onChange={(v) => set('givenByName', v)} missing={missing.givenByName} problem={problemFor(problems, '/input/acquisitionConsent/givenByName')} autoComplete="off" />
          <TextField id="obtainedAt" label={t('wizard.consent.obtainedAt')} value={form.obtainedAt} onChange={(v) => set('obtainedAt', v)} missing={missing.obtainedAt} problem={problemFor(problems, '/input/acquisitionConsent/obtainedAt')} type="datetime-local" />
        </>
      ) : (
        <div className={`field${missing.agreed ? ' invalid' : ''}`}>
          <label className="choice">
            <input type="checkbox" checked={form.agreed} onChange={(e) => set('agreed', e.target.checked)} />
            <span className="choice-label">{t('wizard.consent.agree')}</span>
          </label>
          <Required show={!!missing.agreed} />
        </div>
      )}
    </>
  );
}
