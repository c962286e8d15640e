import { whatIfProblems } from './what-if.validation';

describe('what-if input', () => {
  it('whatIf.non-finite-numbers-are-refused', () => {
    const problems = whatIfProblems({ add: [{ lat: Number.NaN, lng: Number.POSITIVE_INFINITY, category: 'convenience' }], removeResourceIds: [] });
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['/input/add/0/lat not_finite', '/input/add/0/lng not_finite']);
  });

  it('whatIf.japan-bounds-are-inclusive-as-in-the-imports', () => {
    expect(whatIfProblems({ add: [{ lat: 20, lng: 122, category: 'convenience' }, { lat: 46, lng: 154, category: 'convenience' }], removeResourceIds: [] })).toEqual([]);
    expect(whatIfProblems({ add: [{ lat: 19.999, lng: 154.001, category: 'convenience' }], removeResourceIds: [] }).map((p) => p.path)).toEqual(['/input/add/0/lat', '/input/add/0/lng']);
  });

  it('whatIf.too-many-planned-shops-is-refused-not-truncated', () => {
    const add = Array.from({ length: 101 }, () => ({ lat: 34.3, lng: 134, category: 'convenience' }));
    expect(whatIfProblems({ add, removeResourceIds: [] }).map((p) => `${p.path} ${p.code}`)).toEqual(['/input/add too_many']);
  });
});
