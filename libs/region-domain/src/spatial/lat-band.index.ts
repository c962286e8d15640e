/**
 * Static spatial index for points (latitude/longitude in degrees): a latitude-band grid.
 *
 * Points are bucketed into horizontal bands of `bandDeg` degrees of latitude; inside each band
 * they are ordered by longitude, quantised to `cellDeg` (≈ 1 m) cells. Build is O(n): a stable
 * LSD radix sort on the longitude cell followed by a stable counting sort on the band, so no
 * comparison sort runs at all. A box query visits the few bands the box overlaps and, in each,
 * binary-searches the first cell ≥ the box's west edge and scans until the east edge, checking
 * exact coordinates. Cell numbers are a monotone function of longitude, so no point in the box
 * is ever skipped. Query cost: O(bands · log k + candidates) for band size k. Memory: 2 Float64 +
 * 2 Uint32 per point plus one Uint32 per band.
 *
 * Why not kdbush: kdbush@4 is published as an ES module only, which the repository's jest preset
 * (CommonJS through SWC, node_modules untransformed) cannot load; and for fixed-radius queries
 * over a static set this grid is as fast, builds in linear time, and is simple to reason about.
 * Longitudes are not wrapped at ±180° (Japan lies between 122° and 154° E).
 */
export class LatBandIndex {
  /** Default band height: 0.0025° ≈ 278 m, about half of the 500 m query radius. */
  static readonly DEFAULT_BAND_DEG = 0.0025;
  /** Default longitude cell: 1e-5° ≈ 0.8–1.1 m. */
  static readonly DEFAULT_CELL_DEG = 1e-5;

  readonly size: number;
  readonly bandDeg: number;
  readonly cellDeg: number;
  private readonly originLat: number;
  private readonly originLng: number;
  private readonly bandCount: number;
  /** bandStart[b] .. bandStart[b + 1] is band b's slice of the sorted arrays. */
  private readonly bandStart: Uint32Array;
  private readonly sortedCell: Uint32Array;
  private readonly sortedLat: Float64Array;
  private readonly sortedLng: Float64Array;
  /** Original index of each sorted slot. */
  private readonly sortedId: Uint32Array;

  private constructor(parts: {
    size: number;
    bandDeg: number;
    cellDeg: number;
    originLat: number;
    originLng: number;
    bandStart: Uint32Array;
    sortedCell: Uint32Array;
    sortedLat: Float64Array;
    sortedLng: Float64Array;
    sortedId: Uint32Array;
  }) {
    this.size = parts.size;
    this.bandDeg = parts.bandDeg;
    this.cellDeg = parts.cellDeg;
    this.originLat = parts.originLat;
    this.originLng = parts.originLng;
    this.bandCount = parts.bandStart.length - 1;
    this.bandStart = parts.bandStart;
    this.sortedCell = parts.sortedCell;
    this.sortedLat = parts.sortedLat;
    this.sortedLng = parts.sortedLng;
    this.sortedId = parts.sortedId;
  }

  /** Builds the index over points i = 0..n-1; coordinates must be finite. */
  static build(
    lat: ArrayLike<number>,
    lng: ArrayLike<number>,
    bandDeg = LatBandIndex.DEFAULT_BAND_DEG,
    cellDeg = LatBandIndex.DEFAULT_CELL_DEG,
  ): LatBandIndex {
    const n = lat.length;
    if (lng.length !== n) throw new RangeError('lat and lng must have the same length');
    if (!(bandDeg > 0) || !(cellDeg > 0)) throw new RangeError('bandDeg and cellDeg must be positive');
    let originLat = Infinity;
    let maxLat = -Infinity;
    let originLng = Infinity;
    let maxLng = -Infinity;
    for (let i = 0; i < n; i++) {
      const y = lat[i];
      const x = lng[i];
      if (!Number.isFinite(y) || !Number.isFinite(x)) throw new RangeError(`point ${i} has a non-finite coordinate`);
      if (y < originLat) originLat = y;
      if (y > maxLat) maxLat = y;
      if (x < originLng) originLng = x;
      if (x > maxLng) maxLng = x;
    }
    if (n === 0) originLat = maxLat = originLng = maxLng = 0;
    const bandCount = Math.floor((maxLat - originLat) / bandDeg) + 1;
    const maxCell = Math.floor((maxLng - originLng) / cellDeg);
    if (maxCell >= 2 ** 32) throw new RangeError('longitude span too large for cellDeg');

    const band = new Uint32Array(n);
    const cell = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      band[i] = Math.floor((lat[i] - originLat) / bandDeg);
      cell[i] = Math.floor((lng[i] - originLng) / cellDeg);
    }

    // Stable LSD radix sort of the point order by cell, 11 bits per pass.
    let order = new Uint32Array(n);
    let next = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    const RADIX_BITS = 11;
    const buckets = new Uint32Array((1 << RADIX_BITS) + 1);
    for (let shift = 0; shift < 32 && maxCell >= 2 ** shift; shift += RADIX_BITS) {
      buckets.fill(0);
      for (let k = 0; k < n; k++) buckets[((cell[order[k]] >>> shift) & 0x7ff) + 1]++;
      for (let d = 0; d < 1 << RADIX_BITS; d++) buckets[d + 1] += buckets[d];
      for (let k = 0; k < n; k++) {
        const id = order[k];
        next[buckets[(cell[id] >>> shift) & 0x7ff]++] = id;
      }
      [order, next] = [next, order];
    }

    // Stable counting sort by band.
    const bandStart = new Uint32Array(bandCount + 1);
    for (let i = 0; i < n; i++) bandStart[band[i] + 1]++;
    for (let b = 0; b < bandCount; b++) bandStart[b + 1] += bandStart[b];
    const cursor = bandStart.slice(0, bandCount);
    const sortedId = next; // reuse the spare buffer
    for (let k = 0; k < n; k++) {
      const id = order[k];
      sortedId[cursor[band[id]]++] = id;
    }

    const sortedCell = new Uint32Array(n);
    const sortedLat = new Float64Array(n);
    const sortedLng = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const id = sortedId[k];
      sortedCell[k] = cell[id];
      sortedLat[k] = lat[id];
      sortedLng[k] = lng[id];
    }
    return new LatBandIndex({
      size: n,
      bandDeg,
      cellDeg,
      originLat,
      originLng,
      bandStart,
      sortedCell,
      sortedLat,
      sortedLng,
      sortedId,
    });
  }

  /**
   * Calls `visit(index, lat, lng)` for every point with minLat ≤ lat ≤ maxLat and
   * minLng ≤ lng ≤ maxLng (closed box). Visiting order is band by band, west to east.
   */
  forEachInBox(
    minLat: number,
    maxLat: number,
    minLng: number,
    maxLng: number,
    visit: (index: number, lat: number, lng: number) => void,
  ): void {
    if (this.size === 0 || !(maxLat >= minLat) || !(maxLng >= minLng)) return;
    const first = Math.max(0, Math.floor((minLat - this.originLat) / this.bandDeg));
    const last = Math.min(this.bandCount - 1, Math.floor((maxLat - this.originLat) / this.bandDeg));
    const lastCell = Math.floor((maxLng - this.originLng) / this.cellDeg);
    if (lastCell < 0) return;
    const firstCell = Math.max(0, Math.floor((minLng - this.originLng) / this.cellDeg));
    const cells = this.sortedCell;
    const sLat = this.sortedLat;
    const sLng = this.sortedLng;
    for (let b = first; b <= last; b++) {
      let lo = this.bandStart[b];
      let hi = this.bandStart[b + 1];
      const end = hi;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cells[mid] < firstCell) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < end && cells[k] <= lastCell; k++) {
        const x = sLng[k];
        const y = sLat[k];
        if (x >= minLng && x <= maxLng && y >= minLat && y <= maxLat) visit(this.sortedId[k], y, x);
      }
    }
  }

  /** Indices of the points inside the closed box, in visiting order. */
  search(minLat: number, maxLat: number, minLng: number, maxLng: number): number[] {
    const out: number[] = [];
    this.forEachInBox(minLat, maxLat, minLng, maxLng, (i) => out.push(i));
    return out;
  }
}
