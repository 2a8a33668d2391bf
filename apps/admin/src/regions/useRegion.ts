import { useParams } from 'react-router-dom';
import { useUser } from '../auth/useSession';

/** The län of the /r/:lanskod pages, if the user coordinates it. */
export function useRegion(): { code: string; name: string } | null {
  const { lanskod = '' } = useParams();
  const user = useUser();
  return user.coordinatedRegions.find((r) => r.code === lanskod) ?? null;
}
