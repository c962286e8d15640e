import { endianness } from 'node:os';
import { FeatureCollection, MunicipalityExplanation, PointFeature, UncoveredBlockProperties } from '@sanpuku/region-domain';

/**
 * How a run stores a municipality's explanation. The uncovered blocks' GeoJSON was 65 of the
 * 71 MB a nationwide run wrote (87 % of Japan's blocks are uncovered, each feature spelling its
 * keys and its id twice), so a run stores their facts packed instead and the GeoJSON is built
 * when `uncoveredBlocksGeoJson` is read. The blocks cannot be re-derived from the current tables
 * on read: an import replaces them without a new run, and the figures are the run's apportioned
 * ones. The notes and the recommended model are kept once, in the summary that area cards read.
 * Packed, per municipality (little-endian):
 *
 *   u32 n, u32 s │ f64 lng[n] │ f64 lat[n] │ f64 pop75Plus[n] │ f64 care3Plus[n] │ f64 atHomeElderly[n] │ u8 estimated[n] │ s bytes: UTF-8 JSON [ids, names]
 *
 * Float64 keeps every figure exact, so the rebuilt GeoJSON is the run's, byte for byte.
 */
export type UncoveredBlocks = FeatureCollection<UncoveredBlockProperties>;

/** What area cards show (`explanation_summary`, jsonb): read without touching the rest. */
export interface ExplanationSummary {
  notesJa: MunicipalityExplanation['notesJa'];
  notesEn: MunicipalityExplanation['notesEn'];
  recommendedModel: MunicipalityExplanation['recommendedModel'];
  uncoveredBlockCount: number;
}

/** The rest of the explanation (`explanation`, json): the figures, provenance and thresholds. */
export type StoredExplanation = Omit<MunicipalityExplanation, 'uncoveredBlocks' | 'notesJa' | 'notesEn' | 'recommendedModel'>;

/** A municipality's explanation as a run stores it: each part once, in its column. */
export function storedParts(e: MunicipalityExplanation): { explanation: StoredExplanation; summary: ExplanationSummary; uncoveredBlocks: Buffer } {
  const { uncoveredBlocks, notesJa, notesEn, recommendedModel, ...explanation } = e;
  return { explanation, summary: { notesJa, notesEn, recommendedModel, uncoveredBlockCount: uncoveredBlocks.features.length }, uncoveredBlocks: packUncoveredBlocks(uncoveredBlocks) };
}

/**
 * The whole explanation from what a run stored. A run written before the blocks were packed
 * (`packed` is null) kept the whole explanation in its json column, GeoJSON included.
 */
export function readExplanation(explanation: StoredExplanation | MunicipalityExplanation, summary: ExplanationSummary, packed: Buffer | null): MunicipalityExplanation {
  if (!packed) return explanation as MunicipalityExplanation;
  const { notesJa, notesEn, recommendedModel } = summary;
  return { ...explanation, recommendedModel, notesJa, notesEn, uncoveredBlocks: unpackUncoveredBlocks(packed) };
}

const HEADER = 8;
const COLUMNS = 5;
/** The packed figures are little-endian; Float64Array has the machine's order. */
const BIG_ENDIAN_HOST = endianness() === 'BE';

export function packUncoveredBlocks(blocks: UncoveredBlocks): Buffer {
  const features = blocks.features;
  const n = features.length;
  const ids: string[] = new Array(n);
  const names: (string | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    ids[i] = features[i].id;
    names[i] = features[i].properties.name;
  }
  const strings = JSON.stringify([ids, names]);
  const s = Buffer.byteLength(strings);
  // A buffer of its own (offset 0), so the figures can be written through an aligned Float64Array:
  // Buffer.writeDoubleLE per value cost ~10× more for Japan's 1.2 million figures.
  const buf = Buffer.allocUnsafeSlow(HEADER + COLUMNS * 8 * n + n + s);
  buf.writeUInt32LE(n, 0);
  buf.writeUInt32LE(s, 4);
  const figures = new Float64Array(buf.buffer, buf.byteOffset + HEADER, COLUMNS * n);
  for (let i = 0; i < n; i++) {
    const f = features[i];
    figures[i] = f.geometry.coordinates[0];
    figures[n + i] = f.geometry.coordinates[1];
    figures[2 * n + i] = f.properties.pop75Plus;
    figures[3 * n + i] = f.properties.care3Plus;
    figures[4 * n + i] = f.properties.atHomeElderly;
  }
  if (BIG_ENDIAN_HOST) buf.subarray(HEADER, HEADER + COLUMNS * 8 * n).swap64();
  const flags = HEADER + COLUMNS * 8 * n;
  for (let i = 0; i < n; i++) buf[flags + i] = features[i].properties.estimated ? 1 : 0;
  buf.write(strings, flags + n, 'utf8');
  return buf;
}

/** The GeoJSON the run computed (the same object, key for key, as the classifier's explanation). */
export function unpackUncoveredBlocks(buf: Buffer): UncoveredBlocks {
  const n = buf.readUInt32LE(0);
  const s = buf.readUInt32LE(4);
  const flags = HEADER + COLUMNS * 8 * n;
  // The driver's buffer may sit at any offset: copy the figures out to an aligned array.
  const figures = new Float64Array(COLUMNS * n);
  const bytes = Buffer.from(figures.buffer);
  buf.copy(bytes, 0, HEADER, flags);
  if (BIG_ENDIAN_HOST) bytes.swap64();
  const [ids, names] = JSON.parse(buf.toString('utf8', flags + n, flags + n + s)) as [string[], (string | null)[]];
  const features: PointFeature<UncoveredBlockProperties>[] = new Array(n);
  for (let i = 0; i < n; i++) {
    features[i] = {
      type: 'Feature',
      id: ids[i],
      geometry: { type: 'Point', coordinates: [figures[i], figures[n + i]] },
      properties: {
        blockId: ids[i],
        name: names[i],
        pop75Plus: figures[2 * n + i],
        care3Plus: figures[3 * n + i],
        atHomeElderly: figures[4 * n + i],
        estimated: buf[flags + i] === 1,
      },
    };
  }
  return { type: 'FeatureCollection', features };
}
