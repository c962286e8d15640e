import { useMemo, useRef, type MouseEvent } from 'react';
import { bboxOf, fitProjection, pathOf, type GeoFeature } from './geo';
import type { LatLng } from './area-geometry';
import './map.css';

/**
 * A prefecture's municipalities for drawing a service area: the chosen municipalities filled, or a
 * circle around a point. A click (or tap) reports the municipality under it and the point; the
 * page beside it offers the same choices by keyboard (a searchable list, a municipality to centre
 * on and a radius in km), so the map itself is one image with a description, not a widget.
 */
export function ServiceAreaMap({
  features,
  chosen,
  circle,
  onPick,
  label,
  width = 640,
}: {
  features: GeoFeature[];
  chosen: ReadonlySet<string>;
  circle: { centre: LatLng; radiusM: number } | null;
  onPick(p: { code: string | null; point: LatLng }): void;
  label: string;
  width?: number;
}) {
  const svgRef = useRef<SVGSVGElement>(null);
  const { projection, paths } = useMemo(() => {
    const projection = fitProjection(bboxOf(features), width);
    return { projection, paths: features.map((f) => ({ code: f.properties.code, d: pathOf(f, projection) })) };
  }, [features, width]);
  function onClick(e: MouseEvent<SVGSVGElement>) {
    const svg = svgRef.current;
    const ctm = svg?.getScreenCTM();
    if (!ctm) return;
    const pt = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    const code = (e.target as Element).getAttribute?.('data-code');
    onPick({ code: code ?? null, point: projection.invert(pt.x, pt.y) });
  }
  const c = circle ? projection.project(circle.centre.lng, circle.centre.lat) : null;
  return (
    <svg ref={svgRef} className="area-map" viewBox={`0 0 ${projection.width} ${projection.height}`} role="img" aria-label={label} onClick={onClick} data-testid="area-map">
      {paths.map(({ code, d }) => (
        <path key={code} d={d} data-code={code} className={`area-region${chosen.has(code) ? ' chosen' : ''}`} />
      ))}
      {circle && c && (
        <>
          <circle className="area-circle" cx={c[0]} cy={c[1]} r={projection.metres(circle.radiusM)} data-testid="area-circle" />
          <circle className="area-centre" cx={c[0]} cy={c[1]} r={5} />
        </>
      )}
    </svg>
  );
}
