import { Link, useRouter } from '../../app/router';
import { useT } from '../../i18n/I18n';
import '../../ui/map/map.css';

const ITEMS = [
  { to: '/operator', key: 'op.nav.inbox' },
  { to: '/operator/offerings', key: 'op.nav.offerings' },
  { to: '/operator/demand', key: 'op.nav.demand' },
  { to: '/operator/organization', key: 'op.nav.organization' },
];

/** The operator's pages, one tap away from each other. */
export function OperatorNav() {
  const t = useT();
  const { path } = useRouter();
  return (
    <nav className="sub-nav" aria-label={t('op.nav.label')}>
      <ul>
        {ITEMS.map((i) => (
          <li key={i.to}>
            <Link to={i.to} aria-current={path === i.to ? 'page' : undefined}>
              {t(i.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
