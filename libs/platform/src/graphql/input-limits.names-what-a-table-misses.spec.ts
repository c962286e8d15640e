import { forOperations, inputLimitProblems, limitKeysNotInSchema, stringArgumentsOf, stringArgumentsWithoutMaximum, type InputLimits } from './input-limits';

const SDL = `
  input NoteInput { text: String!, tags: [String!], author: AuthorInput }
  input AuthorInput { name: String, age: Int }
  type Query { notes(search: String, first: Int): [String!]! }
  type Mutation { addNote(id: ID!, input: NoteInput!): String, editNote(id: ID!, input: NoteInput!): String }
`;
const NOTE = { '/input/text': 100, '/input/tags/*': 20, '/input/author/name': 50 };
const limits: InputLimits = { strings: { '*:/id': 36, 'notes:/search': 200, ...forOperations(['addNote', 'editNote'], NOTE) }, lists: { 'addNote:/input/tags': 3 }, otherwise: 1000 };

describe('input limits (one mechanism for every service)', () => {
  it('lists every String and ID leaf of every root field’s arguments', () => {
    expect(stringArgumentsOf(SDL)).toEqual([
      'notes:/search',
      'addNote:/id', 'addNote:/input/text', 'addNote:/input/tags/*', 'addNote:/input/author/name',
      'editNote:/id', 'editNote:/input/text', 'editNote:/input/tags/*', 'editNote:/input/author/name',
    ]);
  });

  it('names the string arguments a table forgets, and the keys the schema does not have', () => {
    expect(stringArgumentsWithoutMaximum(SDL, limits)).toEqual([]);
    const { ['editNote:/input/author/name']: _forgotten, ...rest } = limits.strings;
    expect(stringArgumentsWithoutMaximum(SDL, { ...limits, strings: { ...rest, 'addNote:/input/title': 10, '*:/gone': 5 } })).toEqual(['editNote:/input/author/name']);
    expect(limitKeysNotInSchema(SDL, { ...limits, strings: { ...rest, 'addNote:/input/title': 10, '*:/gone': 5 } })).toEqual(['addNote:/input/title', '*:/gone']);
  });

  it('refuses each over-long string and over-long list by its pointer, trimmed code points, in both languages', () => {
    const problems = inputLimitProblems(limits, 'addNote', { id: 'x'.repeat(37), input: { text: `  ${'𠮷'.repeat(100)}  `, tags: ['a', 'b', 'c', 'd'] } });
    expect(problems).toEqual([
      { path: '/id', code: 'text_too_long', messageJa: '36文字以内で入力してください。', messageEn: 'Use at most 36 characters.' },
      { path: '/input/tags', code: 'too_many', messageJa: '3件以内で指定してください。', messageEn: 'Give at most 3 items.' },
    ]);
    expect(inputLimitProblems(limits, 'editNote', { input: { tags: ['x'.repeat(21)], author: { name: 'y'.repeat(51) } } }).map((p) => p.path)).toEqual(['/input/tags/0', '/input/author/name']);
    expect(inputLimitProblems(limits, 'later', { note: 'z'.repeat(1001) }).map((p) => `${p.path} ${p.messageEn}`)).toEqual(['/note Use at most 1,000 characters.']);
  });

  it('leaves to the input’s own validation what the table says it checks', () => {
    const checked: InputLimits = { ...limits, checkedWithTheInput: new Set(['addNote:/input/tags/*']) };
    expect(inputLimitProblems(checked, 'addNote', { input: { tags: ['x'.repeat(21)] } })).toEqual([]);
  });
});
