import { aFileHelpRequestInput } from './help-request.fixture';
import { validateFileHelpRequest } from './help-request.validation';

const NOW = new Date('2026-11-20T01:00:00Z');

describe('validation.control-characters-are-bad-user-input: NUL and other controls in text are refused naming the field', () => {
  it('a NUL byte in the notes and a bell in the name are both reported, each at its field', () => {
    const base = aFileHelpRequestInput();
    const r = validateFileHelpRequest({ ...base, needsNote: 'a\u0000b', senior: { ...(base.senior as object), fullName: '山田\u0007花子' } }, NOW);
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code]).sort()).toEqual([
      ['/input/needsNote', 'control_character'],
      ['/input/senior/fullName', 'control_character'],
    ]);
  });

  it('line breaks and tabs are fine in multi-line notes, not in a name', () => {
    const base = aFileHelpRequestInput();
    expect(validateFileHelpRequest({ ...base, needsNote: '夕食を希望\n\t平日のみ' }, NOW).ok).toBe(true);
    const r = validateFileHelpRequest({ ...base, senior: { ...(base.senior as object), fullName: '山田\n花子' } }, NOW);
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual(['/input/senior/fullName']);
  });

  it('text is still trimmed and its length limited', () => {
    const base = aFileHelpRequestInput();
    const ok = validateFileHelpRequest({ ...base, senior: { ...(base.senior as object), fullName: '  山田 花子  ' } }, NOW);
    expect(ok.ok && ok.value.senior.fullName).toBe('山田 花子');
    const long = validateFileHelpRequest({ ...base, senior: { ...(base.senior as object), fullName: 'あ'.repeat(101) } }, NOW);
    expect(long.ok ? [] : long.issues.map((i) => [i.path, i.code])).toEqual([['/input/senior/fullName', 'too_long']]);
    const empty = validateFileHelpRequest({ ...base, senior: { ...(base.senior as object), fullName: '   ' } }, NOW);
    expect(empty.ok).toBe(false);
  });
});
