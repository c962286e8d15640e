import { SubNav } from '../../ui/SubNav';

const ITEMS = [
  { to: '/municipal', key: 'muni.nav.map' },
  { to: '/municipal/review', key: 'muni.nav.review' },
  { to: '/municipal/neutrality', key: 'muni.nav.neutrality' },
  { to: '/municipal/demand', key: 'muni.nav.demand' },
];

/** The municipal staff's pages, one tap away from each other. */
export function MunicipalNav() {
  return <SubNav labelKey="muni.nav.label" items={ITEMS} />;
}
