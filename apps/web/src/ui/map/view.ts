/** The visible part of a map (its SVG viewBox), in the map's own units. */
export interface View {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The furthest a map zooms in. */
export const MAX_ZOOM = 8;

/**
 * A view kept sensible: between the whole map and 1/MAX_ZOOM of it, the map's aspect ratio kept,
 * never scrolled past an edge (so a drag or a button can never lose the map).
 */
export function clampView(v: View, width: number, height: number): View {
  const w = Math.min(width, Math.max(width / MAX_ZOOM, v.w));
  const h = (w / width) * height;
  return { w, h, x: Math.min(width - w, Math.max(0, v.x)), y: Math.min(height - h, Math.max(0, v.y)) };
}

/** Zoomed by `factor` about the point (px, py), which stays where it is on screen. */
export function zoomView(v: View, factor: number, px: number, py: number, width: number, height: number): View {
  const w = v.w / factor;
  const h = v.h / factor;
  return clampView({ w, h, x: px - ((px - v.x) / v.w) * w, y: py - ((py - v.y) / v.h) * h }, width, height);
}
