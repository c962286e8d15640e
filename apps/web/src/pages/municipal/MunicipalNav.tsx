import { Link, useRouter } from '../../app/router';
import { useT } from '../../i18n/I18n';
import '../../ui/map/map.css';

const ITEMS = [
  { to: '/municipal', key: 'muni.nav.map' },
  { to: '/municipal/review', key: 'muni.nav.review' },
  { to: '/municipal/neutrality', key: 'muni.nav.neutrality' },
  { to: '/municipal/demand', key: 'muni.nav.demand' },
];

/** The municipal staff's pages, one tap away from each other. */
export function MunicipalNav() {
  const t = useT();
  const { path } = useRouter();
  return (
    <nav className="sub-nav" aria-label={t('muni.nav.label')}>
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
