import { lazy, type ComponentType } from 'react';
import FamilyHome from '../pages/family/FamilyHome';
import SignIn from '../pages/SignIn';

type PageProps = { params: Record<string, string> };

/**
 * A page that uses the API: its chunk and the Apollo client load together, in parallel; `prefetch`
 * starts the page's main query as soon as the client is there, instead of after the page's first
 * render (the page's own query then joins the request in flight).
 */
function withApi(load: () => Promise<{ default: ComponentType<PageProps> }>, prefetch?: (path: string) => Promise<unknown>) {
  return lazy(async () => {
    if (prefetch) void prefetch(window.location.pathname).catch(() => undefined);
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

/** The request page's query, by the id in the address. */
async function prefetchRequest(path: string) {
  const id = path.split('/').pop();
  if (!id) return;
  const [{ apolloClient }, { HelpRequestQuery }] = await Promise.all([import('../api/client'), import('../api/operations')]);
  await apolloClient().query({ query: HelpRequestQuery, variables: { id } });
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
  { path: '/family/requests/:id', roles: ['family'], page: withApi(() => import('../pages/family/FamilyRequest'), prefetchRequest), title: 'family.request.title' },
  { path: '/care', roles: ['care_manager'], page: withApi(() => import('../pages/care/CareClients')), title: 'care.clients.title' },
  { path: '/care/new', roles: ['care_manager'], page: withApi(() => import('../pages/RequestWizard')), title: 'wizard.careTitle' },
  { path: '/operator', roles: ['operator'], page: withApi(() => import('../pages/operator/ReferralInbox')), title: 'op.inbox.title' },
  { path: '/admin', roles: ['admin'], page: withApi(() => import('../pages/admin/DatasetImport')), title: 'admin.import.title' },
  { path: '/operator/organization', roles: ['operator'], page: withApi(() => import('../pages/operator/Organization')), title: 'op.org.title' },
  { path: '/operator/offerings', roles: ['operator'], page: withApi(() => import('../pages/operator/MyOfferings')), title: 'op.offerings.title' },
  { path: '/operator/offerings/new', roles: ['operator'], page: withApi(() => import('../pages/operator/OfferingEditor')), title: 'op.edit.titleNew' },
  { path: '/operator/offerings/:id/edit', roles: ['operator'], page: withApi(() => import('../pages/operator/OfferingEditor')), title: 'op.edit.titleEdit' },
  { path: '/operator/areas', roles: ['operator'], page: withApi(() => import('../pages/operator/ServedAreas')), title: 'op.areas.title' },
  { path: '/operator/demand', roles: ['operator'], page: withApi(() => import('../pages/operator/UnmetDemand')), title: 'demand.title' },
  { path: '/municipal/demand', roles: ['municipal_staff'], page: withApi(() => import('../pages/operator/UnmetDemand')), title: 'demand.title' },
  { path: '/municipal', roles: ['municipal_staff', 'admin'], page: withApi(() => import('../pages/municipal/AreaDashboard')), title: 'muni.dashboard.title' },
  { path: '/municipal/review', roles: ['municipal_staff'], page: withApi(() => import('../pages/municipal/ReviewQueue')), title: 'muni.review.title' },
  { path: '/municipal/neutrality', roles: ['municipal_staff'], page: withApi(() => import('../pages/municipal/NeutralityReport')), title: 'muni.neutrality.title' },
  { path: '/municipal/areas/:code', roles: ['municipal_staff', 'admin'], page: withApi(() => import('../pages/municipal/AreaDrillDown')), title: 'muni.drill.titleLoading' },
  { path: '/care/requests/:id', roles: ['care_manager'], page: withApi(() => import('../pages/care/CareRequest'), prefetchRequest), title: 'care.request.title' },
  { path: '/admin/taxonomy', roles: ['admin'], page: withApi(() => import('../pages/admin/TaxonomyAdmin')), title: 'admin.tax.title' },
  { path: '/admin/classification', roles: ['admin'], page: withApi(() => import('../pages/admin/ClassificationRuns')), title: 'admin.runs.title' },
  { path: '/admin/organizations', roles: ['admin'], page: withApi(() => import('../pages/admin/OrganizationsAdmin')), title: 'admin.orgs.title' },
  { path: '/municipal/japan', roles: ['municipal_staff', 'admin'], page: withApi(() => import('../pages/municipal/JapanOverview')), title: 'japan.title' },
  { path: '/municipal/prefectures/:pp', roles: ['municipal_staff', 'admin'], page: withApi(() => import('../pages/municipal/AreaDashboard')), title: 'muni.dashboard.title' },
];
