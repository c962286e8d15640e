import { Link, useRouter } from '../app/router';
import { useT } from '../i18n/I18n';
import './map/map.css';

export interface SubNavItem {
  readonly to: string;
  /** Message key of the link's text. */
  readonly key: string;
}

/** A role's pages, one tap away from each other; the current page is marked for screen readers. */
export function SubNav({ labelKey, items }: { labelKey: string; items: readonly SubNavItem[] }) {
  const t = useT();
  const { path } = useRouter();
  return (
    <nav className="sub-nav" aria-label={t(labelKey)}>
      <ul>
        {items.map((i) => (
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
