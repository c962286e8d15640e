/**
 * Query context for a read that change notices refresh (a request's page, the operator's inbox).
 * Apollo joins a refetch to an identical request already on the wire; a read that left before a
 * change committed would then answer for the refetch the change prompted, and the page would keep
 * showing the state before it (seen: the second of two referrals never appeared on the care
 * manager's board). Without deduplication each refresh is its own request, made after the change.
 */
export const LIVE_READ = { queryDeduplication: false } as const;
