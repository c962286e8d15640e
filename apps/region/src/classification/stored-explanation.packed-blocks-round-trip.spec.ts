import { ClassificationSession, MunicipalityExplanation } from '@sanpuku/region-domain';
import { packUncoveredBlocks, readExplanation, storedParts, unpackUncoveredBlocks } from './stored-explanation';

/** A real explanation from the classifier: apportioned (fractional) figures, names of every kind, one block covered. */
function explanation(): MunicipalityExplanation {
  const names = ['丸亀町', 'Ōshima "east" \\ 1', null, '𠮷野町\u2028', ''];
  const session = ClassificationSession.create({
    municipalities: [{ code: '37201', name: '高松市', unitType: 'municipality', parentCode: null, population: 417_496, areaKm2: 375.44, pop75Plus: 61_003, care3Plus: 7_001 }],
    blocks: names.map((name, i) => ({ id: String(1000 + i), municipalityCode: '37201', name, lat: 34.34 + i * 0.0137, lng: 134.04 - i * 0.0071, pop75Plus: i === 3 ? 41.5 : null, care3Plus: null })),
    resources: [{ id: '1', category: 'convenience', name: '店', lat: 34.34, lng: 134.04 }],
  });
  return session.explain('37201')!;
}

describe('stored explanations', () => {
  it('classification.packed-uncovered-blocks-read-back-as-the-run-computed-them', () => {
    const e = explanation();
    expect(e.uncoveredBlocks.features.length).toBe(4);
    const back = unpackUncoveredBlocks(packUncoveredBlocks(e.uncoveredBlocks));
    expect(back).toEqual(e.uncoveredBlocks);
    // The GraphQL field is this string: byte for byte, key order and every digit included.
    expect(JSON.stringify(back)).toBe(JSON.stringify(e.uncoveredBlocks));
  });

  it('classification.packed-uncovered-blocks-survive-an-offset-inside-a-larger-buffer', () => {
    // The driver hands each row's bytea back as a slice of its own buffer, at any alignment.
    const packed = packUncoveredBlocks(explanation().uncoveredBlocks);
    const inside = Buffer.concat([Buffer.from([7, 7, 7]), packed]).subarray(3);
    expect(unpackUncoveredBlocks(inside)).toEqual(explanation().uncoveredBlocks);
  });

  it('classification.no-uncovered-blocks-packs-to-an-empty-collection', () => {
    expect(JSON.stringify(unpackUncoveredBlocks(packUncoveredBlocks({ type: 'FeatureCollection', features: [] })))).toBe('{"type":"FeatureCollection","features":[]}');
  });

  it('classification.stored-parts-make-the-whole-explanation-and-an-old-explanation-reads-as-it-was', () => {
    const e = explanation();
    const parts = storedParts(e);
    // Through the columns (json, jsonb, bytea) and back.
    const explanationColumn = JSON.parse(JSON.stringify(parts.explanation));
    const summaryColumn = JSON.parse(JSON.stringify(parts.summary));
    expect(explanationColumn.uncoveredBlocks).toBeUndefined();
    expect(JSON.stringify(explanationColumn)).not.toContain(e.notesJa[0]);
    expect(summaryColumn.uncoveredBlockCount).toBe(4);
    expect(readExplanation(explanationColumn, summaryColumn, parts.uncoveredBlocks)).toEqual(e);
    // As the previous schema stored it: the whole explanation in the json column, nothing packed.
    expect(readExplanation(JSON.parse(JSON.stringify(e)), summaryColumn, null)).toEqual(e);
  });
});
