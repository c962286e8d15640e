import { SubNav } from '../../ui/SubNav';

const ITEMS = [
  { to: '/operator', key: 'op.nav.inbox' },
  { to: '/operator/offerings', key: 'op.nav.offerings' },
  { to: '/operator/demand', key: 'op.nav.demand' },
  { to: '/operator/areas', key: 'op.nav.areas' },
  { to: '/operator/organization', key: 'op.nav.organization' },
];

/** The operator's pages, one tap away from each other. */
export function OperatorNav() {
  return <SubNav labelKey="op.nav.label" items={ITEMS} />;
}
