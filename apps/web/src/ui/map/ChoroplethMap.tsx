import { useMemo, type KeyboardEvent } from 'react';
import { fitProjection, bboxOf, pathOf, type GeoFeature } from './geo';
import { useT } from '../../i18n/I18n';
import { useZoomPan, ZoomControls } from './ZoomPan';
import './map.css';

export interface Region {
  code: string;
  /** Accessible name: the municipality and its segment, in words. */
  label: string;
  /** A CSS class for its fill (e.g. `seg-A`). */
  fillClass: string;
}

/**
 * A prefecture's municipalities as SVG paths, each focusable with an accessible name, selected by
 * click, Enter or Space. Colour is never the only carrier: every page with a map also has the
 * same facts in a table.
 */
export function ChoroplethMap({
  features,
  regions,
  selected,
  onSelect,
  title,
  width = 640,
}: {
  features: GeoFeature[];
  regions: Map<string, Region>;
  selected?: string | null;
  onSelect(code: string): void;
  title: string;
  width?: number;
}) {
  const shapes = useMemo(() => {
    const projection = fitProjection(bboxOf(features), width);
    return { projection, paths: features.map((f) => ({ code: f.properties.code, d: pathOf(f, projection) })) };
  }, [features, width]);
  const key = (code: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(code);
    }
  };
  const { projection, paths } = shapes;
  const zoom = useZoomPan(projection.width, projection.height);
  const t = useT();
  // The selected municipality is drawn last so its outline is on top.
  const ordered = selected ? [...paths.filter((p) => p.code !== selected), ...paths.filter((p) => p.code === selected)] : paths;
  return (
    <>
    <ZoomControls z={zoom} label={t('map.zoomControls')} />
    <svg className="choropleth" viewBox={zoom.viewBox} role="group" aria-label={title} data-testid="choropleth" {...zoom.svgProps}>
      {ordered.map(({ code, d }) => {
        const r = regions.get(code);
        return (
          <path
            key={code}
            d={d}
            data-code={code}
            className={`region ${r?.fillClass ?? 'seg-none'}${code === selected ? ' selected' : ''}`}
            tabIndex={0}
            role="button"
            aria-label={r?.label ?? code}
            aria-pressed={code === selected}
            onClick={() => onSelect(code)}
            onKeyDown={key(code)}
          />
        );
      })}
    </svg>
    </>
  );
}
