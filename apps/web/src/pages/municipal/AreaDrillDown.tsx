import { useApolloClient, useQuery } from '@apollo/client/react';
import { memo, useMemo, useRef, useState, type MouseEvent } from 'react';
import { readProblems, type ApiProblems } from '../../api/errors';
import { MunicipalityMapQuery, WhatIfQuery } from '../../api/operations';
import type { WhatIfQuery as WhatIfData } from '../../gql/graphql';
import { Link } from '../../app/router';
import { useBilingual, useT } from '../../i18n/I18n';
import { fitProjection, pathOf, type Bbox } from '../../ui/map/geo';
import { GeneralErrors, LoadError, Loading, PageTitle } from '../../ui/ui';
import { useBoundaries, useNumber } from './AreaDashboard';
import '../../ui/map/map.css';

interface Planned {
  lat: number;
  lng: number;
  /** Where it was put, in words (the nearest block's name). */
  near: string;
}
type WhatIfView = NonNullable<WhatIfData['whatIf']>;

const WIDTH = 640;

/** One town block; memoised so a what-if redraws only the blocks whose state changed. */
const BlockDot = memo(function BlockDot({ id, x, y, covered, changed }: { id: string; x: number; y: number; covered: boolean; changed: boolean }) {
  return <circle data-block={id} data-covered={covered} className={`block ${covered ? 'covered' : 'uncovered'}${changed ? ' flipped' : ''}`} cx={x} cy={y} r={4} />;
});

/**
 * One municipality's town blocks coloured covered/uncovered, its shops with their reach (500 m in
 * the seed policy), and what-if: a click on the map (or choosing a block from the list) places a
 * planned shop, region's whatIf answers for the affected municipalities, and the map recolours.
 */
export default function AreaDrillDown({ params }: { params: Record<string, string> }) {
  const t = useT();
  const pick = useBilingual();
  const num = useNumber();
  const code = params.code;
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(MunicipalityMapQuery, { variables: { code } });
  const { geo } = useBoundaries(code.slice(0, 2));
  const [planned, setPlanned] = useState<Planned[]>([]);
  const [result, setResult] = useState<WhatIfView | null>(null);
  const [problems, setProblems] = useState<ApiProblems | null>(null);
  const [busy, setBusy] = useState(false);
  const [pickBlock, setPickBlock] = useState('');
  const [listOpen, setListOpen] = useState(false);
  const svgRef = useRef<SVGSVGElement>(null);
  const map = data?.municipalityMap;

  const projection = useMemo(() => {
    if (!map) return null;
    let bbox = (map.bbox.length === 4 ? map.bbox : null) as Bbox | null;
    if (!bbox) {
      const lats = map.townBlocks.map((b) => b.lat);
      const lngs = map.townBlocks.map((b) => b.lng);
      bbox = [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
    }
    return fitProjection(bbox, WIDTH, 16);
  }, [map]);

  // The municipality's outline over its neighbours (the boundaries are drawn once, not per what-if).
  const backdrop = useMemo(() => {
    if (!geo || !projection) return [];
    const all = geo.features.map((f) => ({ code: f.properties.code, d: pathOf(f, projection) }));
    return [...all.filter((b) => b.code !== code), ...all.filter((b) => b.code === code)];
  }, [geo, projection, code]);

  // Static layers (the shops' reach and marks) drawn once per map, not on every what-if.
  const shopLayers = useMemo(() => {
    if (!map || !projection) return { reach: null, marks: null };
    const r = projection.metres(map.radiusM);
    return {
      reach: map.shops
        .filter((s) => s.counted)
        .map((s) => {
          const [x, y] = projection.project(s.lng, s.lat);
          return <circle key={`r${s.id}`} className="reach" cx={x} cy={y} r={r} />;
        }),
      marks: map.shops.map((s) => {
        const [x, y] = projection.project(s.lng, s.lat);
        return <rect key={s.id} className="shop-mark" x={x - 3.5} y={y - 3.5} width={7} height={7} />;
      }),
    };
  }, [map, projection]);
  const backdropPaths = useMemo(() => backdrop.map((b) => <path key={b.code} className={b.code === code ? 'outline' : 'neighbour'} d={b.d} />), [backdrop, code]);

  const flipped = useMemo(() => {
    const on = new Set<string>();
    const off = new Set<string>();
    for (const m of result?.municipalities ?? []) {
      m.newlyCoveredBlocks.forEach((b) => on.add(b.id));
      m.newlyUncoveredBlocks.forEach((b) => off.add(b.id));
    }
    return { on, off };
  }, [result]);

  async function runWhatIf(next: Planned[]) {
    setPlanned(next);
    setProblems(null);
    if (!next.length) {
      setResult(null);
      return;
    }
    setBusy(true);
    try {
      const r = await client.query({
        query: WhatIfQuery,
        variables: { input: { add: next.map((p) => ({ lat: p.lat, lng: p.lng, category: 'convenience' })), removeResourceIds: [] } },
        // A what-if is a one-off answer: not normalised into the cache (that write cost most of the
        // click-to-map time on a slow phone).
        fetchPolicy: 'no-cache',
      });
      setResult(r.data?.whatIf ?? null);
    } catch (e) {
      setProblems(readProblems(e));
    } finally {
      setBusy(false);
    }
  }

  function nearestName(lat: number, lng: number): string {
    let best = '';
    let d = Infinity;
    for (const b of map?.townBlocks ?? []) {
      const e = (b.lat - lat) ** 2 + (b.lng - lng) ** 2;
      if (e < d) {
        d = e;
        best = b.name;
      }
    }
    return best;
  }

  function onMapClick(e: MouseEvent<SVGSVGElement>) {
    const svg = svgRef.current;
    if (!svg || !projection) return;
    const ctm = svg.getScreenCTM();
    if (!ctm) return;
    const pt = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    const { lat, lng } = projection.invert(pt.x, pt.y);
    void runWhatIf([...planned, { lat, lng, near: nearestName(lat, lng) }]);
  }

  const coveredNow = (id: string, covered: boolean) => (flipped.on.has(id) ? true : flipped.off.has(id) ? false : covered);
  const blocks = useMemo(() => map?.townBlocks ?? [], [map]);
  const uncoveredOptions = useMemo(
    () =>
      blocks
        .filter((b) => (flipped.on.has(b.id) ? false : flipped.off.has(b.id) ? true : !b.covered))
        .map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        )),
    [blocks, flipped],
  );
  const coveredCount = blocks.filter((b) => coveredNow(b.id, b.covered)).length;

  return (
    <section className="page">
      <p>
        <Link to="/municipal">{t('muni.drill.back')}</Link>
      </p>
      <PageTitle>{map ? t('muni.drill.title', { name: map.name }) : t('muni.drill.titleLoading')}</PageTitle>
      {loading && !data && <Loading />}
      {error && !data && <LoadError retry={() => void refetch()} />}
      {map && projection && (
        <>
          <p className="lead">{t('muni.drill.lead', { radius: map.radiusM, policy: pick(map.policyLabelJa, map.policyLabelEn) })}</p>
          <ul className="legend" aria-label={t('map.legend')}>
            <li>
              <span className="swatch covered" aria-hidden="true" />
              {t('map.covered')}
            </li>
            <li>
              <span className="swatch uncovered" aria-hidden="true" />
              {t('map.uncovered')}
            </li>
            <li>
              <span className="swatch shop" aria-hidden="true" />
              {t('map.shop', { radius: map.radiusM })}
            </li>
            <li>
              <span className="swatch planned" aria-hidden="true" />
              {t('map.planned')}
            </li>
          </ul>
          <div className="drill-layout">
            <div>
              <div className="map-frame">
                <svg
                  ref={svgRef}
                  className="drill"
                  viewBox={`0 0 ${projection.width} ${projection.height}`}
                  role="img"
                  aria-label={t('muni.drill.mapAlt', { name: map.name, covered: coveredCount, total: blocks.length, shops: map.shops.length })}
                  onClick={onMapClick}
                  data-testid="drill-map"
                  aria-busy={busy}
                >
                  {backdropPaths}
                  {shopLayers.reach}
                  {planned.map((p, i) => {
                    const [x, y] = projection.project(p.lng, p.lat);
                    return <circle key={`pr${i}`} className="reach planned" cx={x} cy={y} r={projection.metres(map.radiusM)} />;
                  })}
                  {blocks.map((b) => {
                    const [x, y] = projection.project(b.lng, b.lat);
                    return <BlockDot key={b.id} id={b.id} x={x} y={y} covered={coveredNow(b.id, b.covered)} changed={flipped.on.has(b.id) || flipped.off.has(b.id)} />;
                  })}
                  {shopLayers.marks}
                  {planned.map((p, i) => {
                    const [x, y] = projection.project(p.lng, p.lat);
                    return <rect key={`p${i}`} className="shop-mark planned" x={x - 5} y={y - 5} width={10} height={10} data-testid="planned-shop" />;
                  })}
                </svg>
              </div>
              <p className="hint">{t('muni.drill.howTo')}</p>
              <form
                className="inline-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  const b = blocks.find((x) => x.id === pickBlock);
                  if (b) void runWhatIf([...planned, { lat: b.lat, lng: b.lng, near: b.name }]);
                }}
              >
                <label htmlFor="plan-block">{t('muni.drill.pickBlock')}</label>
                <select id="plan-block" value={pickBlock} onChange={(e) => setPickBlock(e.target.value)}>
                  <option value="">{t('muni.drill.pickBlockNone')}</option>
                  {uncoveredOptions}
                </select>
                <button type="submit" className="button secondary" disabled={!pickBlock || busy}>
                  {t('muni.drill.place')}
                </button>
              </form>
            </div>
            <div aria-live="polite">
              <h2>{t('muni.whatif.heading')}</h2>
              <GeneralErrors problems={problems} />
              {!planned.length && <p>{t('muni.whatif.none')}</p>}
              {planned.length > 0 && (
                <>
                  <ul>
                    {planned.map((p, i) => (
                      <li key={i}>
                        {t('muni.whatif.plannedNear', { near: p.near })}{' '}
                        <button type="button" className="button small secondary" onClick={() => void runWhatIf(planned.filter((_, j) => j !== i))}>
                          {t('muni.whatif.remove')}
                        </button>
                      </li>
                    ))}
                  </ul>
                  {busy && <p role="status">{t('muni.whatif.running')}</p>}
                  {result && (
                    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('muni.whatif.caption')}>
                      <table className="data-table" data-testid="whatif-table">
                        <caption>{t('muni.whatif.caption')}</caption>
                        <thead>
                          <tr>
                            <th scope="col">{t('muni.col.name')}</th>
                            <th scope="col">{t('muni.whatif.before')}</th>
                            <th scope="col">{t('muni.whatif.after')}</th>
                            <th scope="col" className="num">{t('muni.whatif.newlyCovered')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {result.municipalities.map((m) => (
                            <tr key={m.code}>
                              <th scope="row">{m.name}</th>
                              <td>{t('muni.whatif.state', { segment: pick(m.before.segmentLabelJa, m.before.segmentLabelEn), pct: m.before.sufficiencyPercent === null || m.before.sufficiencyPercent === undefined ? '—' : num(m.before.sufficiencyPercent) })}</td>
                              <td className={m.segmentChanged ? 'changed' : undefined}>
                                {t('muni.whatif.state', { segment: pick(m.after.segmentLabelJa, m.after.segmentLabelEn), pct: m.after.sufficiencyPercent === null || m.after.sufficiencyPercent === undefined ? '—' : num(m.after.sufficiencyPercent) })}
                                {m.segmentChanged && <strong> {t('muni.whatif.changed')}</strong>}
                              </td>
                              <td className="num">{t('muni.blocksValue', { n: m.newlyCoveredBlocks.length })}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  )}
                  {result && result.municipalities.length === 0 && <p>{t('muni.whatif.noEffect')}</p>}
                  {result?.notes.map((n, i) => (
                    <p key={i} className="notice">
                      {pick(n.messageJa, n.messageEn)}
                    </p>
                  ))}
                  <button type="button" className="button secondary" onClick={() => void runWhatIf([])}>
                    {t('muni.whatif.clear')}
                  </button>
                </>
              )}
            </div>
          </div>
          <details className="blocks-list" onToggle={(e) => setListOpen(e.currentTarget.open)}>
            <summary>{t('muni.drill.blocksCaption', { covered: coveredCount, total: blocks.length })}</summary>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('muni.drill.blocksCaption', { covered: coveredCount, total: blocks.length })}>
            <table className="data-table">
              <caption className="visually-hidden">{t('muni.drill.blocksCaption', { covered: coveredCount, total: blocks.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('muni.col.block')}</th>
                  <th scope="col">{t('muni.col.coverage')}</th>
                  <th scope="col" className="num">{t('muni.col.elderly')}</th>
                </tr>
              </thead>
              <tbody>
                {/* Rendered only when opened: 100+ rows would slow every what-if redraw. */}
                {listOpen && blocks.map((b) => (
                  <tr key={b.id}>
                    <th scope="row">{b.name}</th>
                    <td>{coveredNow(b.id, b.covered) ? t('map.covered') : t('map.uncovered')}</td>
                    <td className="num">{b.elderly75Estimate === null || b.elderly75Estimate === undefined ? '—' : t('muni.peopleEstimate', { n: num(b.elderly75Estimate) })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          </details>
        </>
      )}
    </section>
  );
}
