import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { MunicipalitiesQuery, PrefecturesQuery } from '../../api/operations';
import { useT } from '../../i18n/I18n';
import { centreOf, circleReaches, featureAt, type LatLng } from '../../ui/map/area-geometry';
import { fetchPrefectureBoundaries, type GeoFeature } from '../../ui/map/geo';
import { ServiceAreaMap } from '../../ui/map/ServiceAreaMap';
import { Loading } from '../../ui/ui';
import type { AreaValue } from './offering-form';

const MAX_KM = 100;

/**
 * Where the service is provided: municipalities chosen from the prefecture's list (searchable by
 * name; a tap on the map toggles one too), or a radius around a point tapped on the map — or, by
 * keyboard, around the middle of a chosen municipality — with the radius in km. The municipalities
 * a circle reaches are worked out from the boundaries and named, never by code.
 */
export function ServiceAreaField({ value, onChange, disabled, describedBy, invalid }: { value: AreaValue; onChange(v: AreaValue): void; disabled: boolean; describedBy?: string; invalid: boolean }) {
  const t = useT();
  const prefectures = useQuery(PrefecturesQuery, { fetchPolicy: 'cache-first' });
  const list = prefectures.data?.areaSummary.prefectures ?? [];
  const fromValue = (value.kind === 'radius' ? value.served[0] : value.municipalityCodes[0])?.slice(0, 2);
  const [chosenPref, setPref] = useState<string | null>(null);
  const pref = chosenPref ?? fromValue ?? list[0]?.prefectureCode ?? null;
  const municipalities = useQuery(MunicipalitiesQuery, { variables: { prefectureCode: pref ?? '' }, skip: !pref, fetchPolicy: 'cache-first' });
  const [features, setFeatures] = useState<GeoFeature[] | null>(null);
  const [mapFailed, setMapFailed] = useState(false);
  const [query, setQuery] = useState('');
  useEffect(() => {
    if (!pref) return;
    let live = true;
    setFeatures(null);
    setMapFailed(false);
    fetchPrefectureBoundaries(pref).then(
      (g) => live && setFeatures(g.features),
      () => live && setMapFailed(true),
    );
    return () => {
      live = false;
    };
  }, [pref]);

  const areas = useMemo(() => municipalities.data?.areas ?? [], [municipalities.data]);
  const nameOf = (code: string) => areas.find((a) => a.code === code)?.name ?? t('op.edit.area.unknownPlace');
  const radiusKm = Number(value.radiusKm);
  const radiusOk = Number.isFinite(radiusKm) && radiusKm > 0 && radiusKm <= MAX_KM;

  /** The municipalities a circle reaches, from the prefecture's boundaries. */
  const reached = (centre: LatLng | null, km: number) => (centre && features && km > 0 ? features.filter((f) => circleReaches(f, centre, km)).map((f) => f.properties.code) : []);
  const setCircle = (centre: LatLng | null, km: string) => onChange({ ...value, centre, radiusKm: km, served: reached(centre, Number(km)) });
  const toggle = (code: string, on: boolean) => onChange({ ...value, municipalityCodes: on ? [...value.municipalityCodes.filter((c) => c !== code), code] : value.municipalityCodes.filter((c) => c !== code) });

  const centreFeature = value.centre && features ? featureAt(features, value.centre) : undefined;
  const centreName = centreFeature ? centreFeature.properties.name : null;
  const chosen = new Set(value.kind === 'radius' ? value.served : value.municipalityCodes);
  const shown = areas.filter((a) => !query.trim() || a.name.includes(query.trim()));
  const mapLabel =
    value.kind === 'radius'
      ? value.centre && radiusOk
        ? t('op.edit.area.mapRadius', { km: radiusKm, place: centreName ?? t('op.edit.area.unknownPlace'), n: value.served.length })
        : t('op.edit.area.mapRadiusEmpty')
      : t('op.edit.area.mapMunicipalities', { n: value.municipalityCodes.length });

  return (
    <div className="area-field" id="ed-area" tabIndex={-1} aria-describedby={describedBy}>
      <fieldset className="field">
        <legend>{t('op.edit.area.kind')}</legend>
        {(['municipalities', 'radius'] as const).map((k) => (
          <label key={k} className="choice">
            <input type="radio" name="areaKind" value={k} checked={value.kind === k} onChange={() => onChange({ ...value, kind: k })} disabled={disabled} />
            <span>
              <span className="choice-label">{t(`op.edit.area.kind.${k}`)}</span>
              <span className="choice-desc">{t(`op.edit.area.kindHint.${k}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {value.kind === 'polygon' && <p className="notice">{t('op.edit.area.polygonKept')}</p>}
      {list.length > 1 && (
        <div className="field">
          <label htmlFor="ed-prefecture">{t('op.edit.area.prefecture')}</label>
          <select id="ed-prefecture" value={pref ?? ''} onChange={(e) => setPref(e.target.value)} disabled={disabled}>
            {list.map((p) => (
              <option key={p.prefectureCode} value={p.prefectureCode}>
                {p.prefectureName}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="area-layout">
        <div className="map-frame">
          {features ? (
            <ServiceAreaMap
              features={features}
              chosen={chosen}
              circle={value.kind === 'radius' && value.centre && radiusOk ? { centre: value.centre, radiusM: radiusKm * 1000 } : null}
              label={mapLabel}
              onPick={({ code, point }) => {
                if (disabled) return;
                if (value.kind === 'radius') setCircle(point, value.radiusKm);
                else if (code) toggle(code, !value.municipalityCodes.includes(code));
              }}
            />
          ) : mapFailed ? (
            <p className="hint">{t('op.edit.area.mapFailed')}</p>
          ) : (
            <Loading />
          )}
          <p className="hint">{value.kind === 'radius' ? t('op.edit.area.mapHintRadius') : t('op.edit.area.mapHintMunicipalities')}</p>
        </div>
        <div>
          {value.kind === 'municipalities' ? (
            <fieldset className={`field${invalid ? ' invalid' : ''}`}>
              <legend>{t('op.edit.area.municipalities')}</legend>
              <label htmlFor="ed-area-search">{t('op.edit.area.search')}</label>
              <input id="ed-area-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
              <div className="municipality-list">
                {shown.map((a) => (
                  <label key={a.code} className="choice">
                    <input type="checkbox" checked={value.municipalityCodes.includes(a.code)} onChange={(e) => toggle(a.code, e.target.checked)} disabled={disabled} />
                    <span className="choice-label">{a.name}</span>
                  </label>
                ))}
                {areas.length > 0 && shown.length === 0 && <p className="hint">{t('op.edit.area.noMatch')}</p>}
              </div>
              <p aria-live="polite" data-testid="area-summary">
                {value.municipalityCodes.length ? t('op.edit.area.chosen', { names: value.municipalityCodes.map(nameOf).join(t('common.listSeparator')) }) : t('op.edit.area.noneChosen')}
              </p>
            </fieldset>
          ) : (
            <fieldset className={`field${invalid ? ' invalid' : ''}`}>
              <legend>{t('op.edit.area.radius')}</legend>
              <label htmlFor="ed-area-centre">{t('op.edit.area.centre')}</label>
              <select
                id="ed-area-centre"
                value={centreFeature && value.centre && samePoint(value.centre, centreOf(centreFeature)) ? centreFeature.properties.code : ''}
                onChange={(e) => {
                  const f = features?.find((x) => x.properties.code === e.target.value);
                  if (f) setCircle(centreOf(f), value.radiusKm);
                }}
                disabled={disabled || !features}
              >
                <option value="">{value.centre ? t('op.edit.area.centreOnMap') : t('common.choose')}</option>
                {areas.map((a) => (
                  <option key={a.code} value={a.code}>
                    {t('op.edit.area.centreOf', { name: a.name })}
                  </option>
                ))}
              </select>
              <label htmlFor="ed-area-km">{t('op.edit.area.km')}</label>
              <div className="with-unit">
                <input id="ed-area-km" type="number" inputMode="decimal" min={0.5} max={MAX_KM} step={0.5} value={value.radiusKm} onChange={(e) => setCircle(value.centre, e.target.value)} disabled={disabled} aria-invalid={!radiusOk} aria-describedby={!radiusOk ? 'ed-area-km-err' : undefined} />
                <span aria-hidden="true">{t('op.edit.area.kmUnit')}</span>
              </div>
              {!radiusOk && (
                <p className="field-error" id="ed-area-km-err">
                  {t('op.edit.area.kmRange', { max: MAX_KM })}
                </p>
              )}
              <p aria-live="polite" data-testid="area-summary">
                {value.centre && radiusOk
                  ? t('op.edit.area.circleWords', { km: radiusKm, place: centreName ?? t('op.edit.area.unknownPlace'), names: value.served.map(nameOf).join(t('common.listSeparator')) || t('op.edit.none') })
                  : t('op.edit.area.noCentre')}
              </p>
            </fieldset>
          )}
        </div>
      </div>
    </div>
  );
}

function samePoint(a: LatLng, b: LatLng): boolean {
  return Math.abs(a.lat - b.lat) < 1e-9 && Math.abs(a.lng - b.lng) < 1e-9;
}
