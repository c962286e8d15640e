import { useCallback, useEffect, useRef, useState } from 'react';
import '../map/map.css';

export interface PairedRow {
  key: string;
  label: string;
  /** Shares 0–1. */
  a: number;
  b: number;
}

/**
 * Two horizontal bars per row (e.g. share of top positions against share of eligibility), each row's
 * name above its bars so long names fit a phone. SVG, values written at the bars' ends (colour is
 * not the only carrier); the page puts the same numbers in a table.
 */
/** The element's inner width in CSS pixels (kept current), so an SVG drawn at it has text at page size. */
export function useContainerWidth<T extends HTMLElement>(initial = 640) {
  const [width, setWidth] = useState(initial);
  const observer = useRef<ResizeObserver | null>(null);
  // A callback ref: the element may appear later (after the data loads), and is measured then.
  const ref = useCallback((el: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!el) return;
    const measure = () => setWidth(Math.max(240, Math.floor(el.clientWidth - 24)));
    measure();
    observer.current = new ResizeObserver(measure);
    observer.current.observe(el);
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);
  return [ref, width] as const;
}

export function PairedBars({ rows, labelA, labelB, title, format }: { rows: PairedRow[]; labelA: string; labelB: string; title: string; format(share: number): string }) {
  // Drawn at the container's width in CSS pixels, so the text is as large as the page's text.
  const [ref, width] = useContainerWidth<HTMLElement>();
  const rowH = 64;
  const top = 8;
  const valueW = 64;
  const max = Math.max(0.0001, ...rows.flatMap((r) => [r.a, r.b]));
  const scale = Math.min(1, Math.ceil(max * 10) / 10);
  const barW = (v: number) => Math.max(1, (v / scale) * (width - valueW - 8));
  const height = top + rows.length * rowH;
  return (
    <figure className="chart" ref={ref}>
      <ul className="legend" aria-hidden="true">
        <li>
          <span className="swatch bar-a" />
          {labelA}
        </li>
        <li>
          <span className="swatch bar-b" />
          {labelB}
        </li>
      </ul>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} className="bars" data-testid="paired-bars">
        {rows.map((r, i) => {
          const y = top + i * rowH;
          return (
            <g key={r.key}>
              <text x={0} y={y + 14} className="bar-label">
                {r.label}
              </text>
              <rect x={0} y={y + 20} width={barW(r.a)} height={16} className="bar-a" />
              <text x={barW(r.a) + 6} y={y + 33} className="bar-value">
                {format(r.a)}
              </text>
              <rect x={0} y={y + 38} width={barW(r.b)} height={16} className="bar-b" />
              <text x={barW(r.b) + 6} y={y + 51} className="bar-value">
                {format(r.b)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
