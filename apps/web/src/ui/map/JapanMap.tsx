import { useMemo, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/I18n';
import { bboxOf, fitProjection, pathOf, type GeoFeature } from './geo';
import { useZoomPan, ZoomControls } from './ZoomPan';
import './map.css';

export type SegmentClass = 'A' | 'B' | 'C' | 'none';
const CLASSES: SegmentClass[] = ['A', 'B', 'C', 'none'];
/** Path precision: half a pixel at the whole-country scale (still under 1 mm on screen at 2× zoom). */
const PER_PX = 2;

export interface PrefectureRegion {
  code: string;
  /** Accessible name: the prefecture and its counts per segment, in words. */
  label: string;
}

/**
 * Japan as one focusable shape per prefecture (a button: click, Enter or Space opens it), each
 * drawn as at most four paths — its municipalities merged by segment colour — so the whole
 * country is a couple of hundred DOM nodes, not two thousand. The projected paths are computed
 * once per data set; zoom and pan only change the viewBox.
 */
export function JapanMap({
  features,
  segmentOf,
  prefectures,
  onOpen,
  title,
  width = 640,
}: {
  features: GeoFeature[];
  /** A municipality's segment (A/B/C), or none when it is not classified. */
  segmentOf(code: string): SegmentClass;
  prefectures: Map<string, PrefectureRegion>;
  onOpen(prefectureCode: string): void;
  title: string;
  width?: number;
}) {
  const t = useT();
  // Projected once per data set (the expensive part); regrouped by colour when the segments arrive.
  const projected = useMemo(() => {
    const projection = fitProjection(bboxOf(features), width);
    return { projection, paths: features.map((f) => ({ code: f.properties.code, pref: f.properties.prefectureCode ?? f.properties.code.slice(0, 2), d: pathOf(f, projection, PER_PX) })) };
  }, [features, width]);
  const drawn = useMemo(() => {
    const byPref = new Map<string, Record<SegmentClass, string[]>>();
    for (const p of projected.paths) {
      let paths = byPref.get(p.pref);
      if (!paths) byPref.set(p.pref, (paths = { A: [], B: [], C: [], none: [] }));
      paths[segmentOf(p.code)].push(p.d);
    }
    return { projection: projected.projection, prefectures: [...byPref.entries()].sort(([a], [b]) => a.localeCompare(b)) };
  }, [projected, segmentOf]);
  const zoom = useZoomPan(drawn.projection.width, drawn.projection.height);
  const key = (code: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(code);
    }
  };
  return (
    <>
      <ZoomControls z={zoom} label={t('map.zoomControls')} />
      <svg className="japan-map" viewBox={zoom.viewBox} role="group" aria-label={title} data-testid="japan-map" {...zoom.svgProps}>
        {drawn.prefectures.map(([code, paths]) => (
          <g
            key={code}
            className="pref"
            data-pref={code}
            tabIndex={0}
            role="button"
            aria-label={prefectures.get(code)?.label ?? code}
            onClick={() => onOpen(code)}
            onKeyDown={key(code)}
          >
            {CLASSES.filter((c) => paths[c].length).map((c) => (
              <path key={c} className={`pref-shape seg-${c}`} d={paths[c].join('')} />
            ))}
          </g>
        ))}
      </svg>
    </>
  );
}
