/**
 * FNV-1a, 32 bit, over the UTF-8 bytes of the input. Chosen because anyone auditing a
 * shortlist can recompute it in a few lines in any language. Not a security hash.
 */
export function fnv1a32(input: string): number {
  const bytes = new TextEncoder().encode(input);
  let h = 0x811c9dc5;
  for (const b of bytes) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The rotation tie-break hash of (offeringId, rotationKey): FNV-1a 32 of
 * `${offeringId}\u0000${rotationKey}`, as 8 lowercase hex digits (compare as strings).
 */
export function rotationTieBreakHash(offeringId: string, rotationKey: string): string {
  return fnv1a32(`${offeringId}\u0000${rotationKey}`).toString(16).padStart(8, '0');
}
