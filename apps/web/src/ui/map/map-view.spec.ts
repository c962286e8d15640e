/** Zoom and pan of the maps (src/ui/map/view.ts): what the buttons, drag and pinch may do to the view. */
import { clampView, MAX_ZOOM, zoomView } from './view';

const W = 640;
const H = 480;
const whole = { x: 0, y: 0, w: W, h: H };

describe('map view', () => {
  it('zoomView.keeps-the-point-under-the-fingers-where-it-is', () => {
    const v = zoomView(whole, 2, 320, 120, W, H);
    expect(v).toEqual({ x: 160, y: 60, w: 320, h: 240 });
    // The same point, in view fractions, before and after.
    expect((320 - v.x) / v.w).toBeCloseTo(320 / W);
    expect((120 - v.y) / v.h).toBeCloseTo(120 / H);
  });

  it('zoomView.never-past-the-whole-map-nor-beyond-the-maximum', () => {
    expect(zoomView(whole, 0.5, 100, 100, W, H)).toEqual(whole);
    let v = whole;
    for (let i = 0; i < 20; i++) v = zoomView(v, 1.6, 600, 400, W, H);
    expect(v.w).toBeCloseTo(W / MAX_ZOOM);
    expect(v.h / v.w).toBeCloseTo(H / W);
    expect(v.x + v.w).toBeLessThanOrEqual(W);
    expect(v.y + v.h).toBeLessThanOrEqual(H);
  });

  it('clampView.a-drag-stops-at-the-edges', () => {
    const zoomed = { x: 100, y: 100, w: 320, h: 240 };
    expect(clampView({ ...zoomed, x: -500, y: 9999 }, W, H)).toEqual({ x: 0, y: H - 240, w: 320, h: 240 });
    expect(clampView({ ...zoomed, x: 9999, y: -1 }, W, H)).toEqual({ x: W - 320, y: 0, w: 320, h: 240 });
  });
});
