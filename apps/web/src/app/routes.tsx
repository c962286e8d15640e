import { lazy, type ComponentType } from 'react';
import FamilyHome from '../pages/family/FamilyHome';
import SignIn from '../pages/SignIn';

type PageProps = { params: Record<string, string> };

/** A page that uses the API: its chunk and the Apollo client's load together, in parallel. */
function withApi(load: () => Promise<{ default: ComponentType<PageProps> }>) {
  return lazy(async () => {
    const [{ ApolloRoot }, { default: Page }] = await Promise.all([import('../api/ApolloRoot'), load()]);
    return {
      default: (props: PageProps) => (
        <ApolloRoot>
          <Page {...props} />
        </ApolloRoot>
      ),
    };
  });
}

export interface Route {
  path: string;
  /** Roles that may open the page; none = anyone, signed in or not. */
  roles?: string[];
  page: ComponentType<PageProps>;
  /** Message key of the page's name (for the document title). */
  title: string;
}

// Every page that talks to the API is its own chunk, loaded with Apollo: a family on a phone
// downloads only the pages they open. Sign-in and the family home are tiny and in the first
// chunk, so they paint without a second round trip.
export const routes: Route[] = [
  { path: '/signin', page: SignIn, title: 'signin.title' },
  { path: '/pending', roles: ['municipal_staff', 'operator', 'admin'], page: lazy(() => import('../pages/Pending')), title: 'pending.title' },
  { path: '/family', roles: ['family'], page: FamilyHome, title: 'family.home.title' },
  { path: '/family/new', roles: ['family'], page: withApi(() => import('../pages/RequestWizard')), title: 'wizard.title' },
  { path: '/family/requests', roles: ['family'], page: withApi(() => import('../pages/family/FamilyRequests')), title: 'family.requests.title' },
  { path: '/family/requests/:id', roles: ['family'], page: withApi(() => import('../pages/family/FamilyRequest')), title: 'family.request.title' },
  { path: '/care', roles: ['care_manager'], page: withApi(() => import('../pages/care/CareClients')), title: 'care.clients.title' },
  { path: '/care/new', roles: ['care_manager'], page: withApi(() => import('../pages/RequestWizard')), title: 'wizard.careTitle' },
  { path: '/care/requests/:id', roles: ['care_manager'], page: withApi(() => import('../pages/care/CareRequest')), title: 'care.request.title' },
];
