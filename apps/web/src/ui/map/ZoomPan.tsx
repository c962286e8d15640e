import { useCallback, useRef, useState, type PointerEvent as ReactPointerEvent, type MouseEvent as ReactMouseEvent } from 'react';
import { useT } from '../../i18n/I18n';
import { clampView as clamp, zoomView, type View } from './view';

/** Movement (CSS px) after which a press is a drag, not a click on a municipality. */
const DRAG_THRESHOLD = 6;

export interface ZoomPan {
  viewBox: string;
  zoom: number;
  zoomBy(factor: number, cx?: number, cy?: number): void;
  panBy(dx: number, dy: number): void;
  reset(): void;
  /** Spread on the <svg>: drag with one pointer, pinch with two; a drag never selects. */
  svgProps: {
    onPointerDown(e: ReactPointerEvent<SVGSVGElement>): void;
    onPointerMove(e: ReactPointerEvent<SVGSVGElement>): void;
    onPointerUp(e: ReactPointerEvent<SVGSVGElement>): void;
    onPointerCancel(e: ReactPointerEvent<SVGSVGElement>): void;
    onClickCapture(e: ReactMouseEvent<SVGSVGElement>): void;
    style: { touchAction: string };
  };
}

/**
 * Zoom and pan of an SVG map by its viewBox: buttons (keyboard), one-finger or mouse drag, and
 * two-finger pinch. The paths stay in the DOM, focusable and clickable: a press that moves less
 * than a few pixels is still a click, and only a real drag captures the pointer.
 */
export function useZoomPan(width: number, height: number): ZoomPan {
  const [view, setView] = useState<View>({ x: 0, y: 0, w: width, h: height });
  const base = useRef({ width, height });
  if (base.current.width !== width || base.current.height !== height) {
    base.current = { width, height };
    setView({ x: 0, y: 0, w: width, h: height });
  }
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const gesture = useRef<{ dragging: boolean; startX: number; startY: number; dist: number } | null>(null);
  const suppressClick = useRef(false);

  const zoomBy = useCallback(
    (factor: number, cx?: number, cy?: number) =>
      setView((v) => zoomView(v, factor, cx ?? v.x + v.w / 2, cy ?? v.y + v.h / 2, width, height)),
    [width, height],
  );
  const panBy = useCallback((dx: number, dy: number) => setView((v) => clamp({ ...v, x: v.x + dx * v.w, y: v.y + dy * v.h }, width, height)), [width, height]);
  const reset = useCallback(() => setView({ x: 0, y: 0, w: width, h: height }), [width, height]);

  /** SVG units per CSS pixel of the drawn map. */
  const unitsPerPx = (svg: SVGSVGElement, v: View) => v.w / Math.max(1, svg.getBoundingClientRect().width);
  const pinchDistance = () => {
    const [a, b] = [...pointers.current.values()];
    return Math.hypot(a.x - b.x, a.y - b.y);
  };

  const svgProps: ZoomPan['svgProps'] = {
    style: { touchAction: view.w < width ? 'none' : 'pan-y' },
    onPointerDown(e) {
      if (e.pointerType === 'mouse' && e.button !== 0) return;
      pointers.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
      gesture.current = { dragging: false, startX: e.clientX, startY: e.clientY, dist: pointers.current.size === 2 ? pinchDistance() : 0 };
    },
    onPointerMove(e) {
      const prev = pointers.current.get(e.pointerId);
      const g = gesture.current;
      if (!prev || !g) return;
      const svg = e.currentTarget;
      if (pointers.current.size === 2) {
        pointers.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
        const d = pinchDistance();
        if (g.dist > 0 && d > 0) {
          const rect = svg.getBoundingClientRect();
          const [a, b] = [...pointers.current.values()];
          const mx = (a.x + b.x) / 2 - rect.left;
          const my = (a.y + b.y) / 2 - rect.top;
          setView((v) => {
            const k = unitsPerPx(svg, v);
            return zoomView(v, d / g.dist, v.x + mx * k, v.y + my * k, width, height);
          });
        }
        g.dist = d;
        g.dragging = true;
        return;
      }
      if (!g.dragging && Math.hypot(e.clientX - g.startX, e.clientY - g.startY) < DRAG_THRESHOLD) return;
      if (!g.dragging) {
        g.dragging = true;
        svg.setPointerCapture?.(e.pointerId);
      }
      const dx = e.clientX - prev.x;
      const dy = e.clientY - prev.y;
      pointers.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
      setView((v) => {
        const k = unitsPerPx(svg, v);
        return clamp({ ...v, x: v.x - dx * k, y: v.y - dy * k }, width, height);
      });
    },
    onPointerUp(e) {
      if (gesture.current?.dragging) suppressClick.current = true;
      pointers.current.delete(e.pointerId);
      if (!pointers.current.size) gesture.current = null;
    },
    onPointerCancel(e) {
      pointers.current.delete(e.pointerId);
      if (!pointers.current.size) gesture.current = null;
    },
    onClickCapture(e) {
      if (suppressClick.current) {
        suppressClick.current = false;
        e.stopPropagation();
        e.preventDefault();
      }
    },
  };

  return { viewBox: `${view.x} ${view.y} ${view.w} ${view.h}`, zoom: width / view.w, zoomBy, panBy, reset, svgProps };
}

/** Buttons for zooming and moving the map: what a keyboard or switch user (and anyone) can press. */
export function ZoomControls({ z, label }: { z: ZoomPan; label: string }) {
  const t = useT();
  const zoomed = z.zoom > 1.001;
  // Never disabled: a button that disables itself under the keyboard would drop the focus.
  return (
    <div className="zoom-controls" role="group" aria-label={label}>
      <button type="button" className="zoom-button" onClick={() => z.zoomBy(1.6)} aria-label={t('map.zoomIn')}>
        <span aria-hidden="true">＋</span>
      </button>
      <button type="button" className="zoom-button" onClick={() => z.zoomBy(1 / 1.6)} aria-label={t('map.zoomOut')}>
        <span aria-hidden="true">－</span>
      </button>
      <button type="button" className="zoom-button" onClick={() => z.panBy(-0.25, 0)} aria-label={t('map.panLeft')}>
        <span aria-hidden="true">←</span>
      </button>
      <button type="button" className="zoom-button" onClick={() => z.panBy(0, -0.25)} aria-label={t('map.panUp')}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" className="zoom-button" onClick={() => z.panBy(0, 0.25)} aria-label={t('map.panDown')}>
        <span aria-hidden="true">↓</span>
      </button>
      <button type="button" className="zoom-button" onClick={() => z.panBy(0.25, 0)} aria-label={t('map.panRight')}>
        <span aria-hidden="true">→</span>
      </button>
      <button type="button" className="button secondary zoom-reset" onClick={z.reset}>
        {t('map.zoomReset')}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {zoomed ? t('map.zoomLevel', { n: Math.round(z.zoom * 10) / 10 }) : ''}
      </span>
    </div>
  );
}
