import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface Route {
  path: string;
  /** Roles that may open the page; none = anyone, signed in or not. */
  roles?: string[];
  page: LazyExoticComponent<ComponentType<{ params: Record<string, string> }>>;
  /** Message key of the page's name (for the document title). */
  title: string;
}

// Every page is its own chunk: a family on a phone downloads only the pages they open.
export const routes: Route[] = [
  { path: '/signin', page: lazy(() => import('../pages/SignIn')), title: 'signin.title' },
  { path: '/family', roles: ['family'], page: lazy(() => import('../pages/family/FamilyHome')), title: 'family.home.title' },
  { path: '/family/new', roles: ['family'], page: lazy(() => import('../pages/RequestWizard')), title: 'wizard.title' },
  { path: '/family/requests', roles: ['family'], page: lazy(() => import('../pages/family/FamilyRequests')), title: 'family.requests.title' },
  { path: '/family/requests/:id', roles: ['family'], page: lazy(() => import('../pages/family/FamilyRequest')), title: 'family.request.title' },
  { path: '/care', roles: ['care_manager'], page: lazy(() => import('../pages/care/CareClients')), title: 'care.clients.title' },
  { path: '/care/new', roles: ['care_manager'], page: lazy(() => import('../pages/RequestWizard')), title: 'wizard.careTitle' },
  { path: '/care/requests/:id', roles: ['care_manager'], page: lazy(() => import('../pages/care/CareRequest')), title: 'care.request.title' },
];
