import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { MyServedAreasQuery } from '../../api/operations';
import { LoadError, Loading } from '../../ui/ui';
import AreaDashboard from '../municipal/AreaDashboard';

/**
 * 提供地域の市場性: the market-viability map of the prefecture an operator serves, with its own
 * service areas (the municipalities its listings other than withdrawn ones reach, from the catalogue) outlined, so
 * a small operator deciding where to expand sees at a glance which segment-C towns it does not
 * serve yet. Without a listing, the demo prefecture's map without outlines.
 */
export default function ServedAreas() {
  const { data, loading, error, refetch } = useQuery(MyServedAreasQuery);
  const served = useMemo(() => new Set((data?.myOrganization?.servedMunicipalities ?? []).map((m) => m.code)), [data]);
  if (loading && !data) return <Loading />;
  if (error) return <LoadError retry={() => void refetch()} />;
  // The prefecture with most of the operator's areas (an operator near a border may reach two).
  const counts = new Map<string, number>();
  for (const code of served) counts.set(code.slice(0, 2), (counts.get(code.slice(0, 2)) ?? 0) + 1);
  const pp = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '37';
  return <AreaDashboard params={{ pp }} served={served} />;
}
