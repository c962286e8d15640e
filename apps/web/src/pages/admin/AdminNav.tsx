import { SubNav } from '../../ui/SubNav';

const ITEMS = [
  { to: '/admin', key: 'admin.nav.import' },
  { to: '/admin/taxonomy', key: 'admin.nav.taxonomy' },
  { to: '/admin/classification', key: 'admin.nav.classification' },
  { to: '/admin/organizations', key: 'admin.nav.organizations' },
  { to: '/municipal/japan', key: 'admin.nav.japan' },
];

/** The administrator's pages, one tap away from each other. */
export function AdminNav() {
  return <SubNav labelKey="admin.nav.label" items={ITEMS} />;
}
