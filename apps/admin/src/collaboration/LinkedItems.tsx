import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { fetchPlans, plansKey } from '../plans/plans.api';
import { forumPath } from './access';
import { fetchForums, forumsKey } from './collaboration.api';
import '../i18n/collaboration';

interface LinkedProps {
  code: string;
  planIds: readonly string[];
  forumIds?: readonly string[];
}

/** The plans (and forums) a forum serves or a case concerns, as links; nothing when none. */
export function LinkedItems({ code, planIds, forumIds = [] }: LinkedProps) {
  const { t } = useTranslation('collaboration');
  const plans = useQuery({
    queryKey: plansKey(code),
    queryFn: () => fetchPlans(code),
    enabled: planIds.length > 0,
  });
  const forums = useQuery({
    queryKey: forumsKey(code),
    queryFn: () => fetchForums(code),
    enabled: forumIds.length > 0,
  });
  const base = `/t/${encodeURIComponent(code)}`;
  const planLinks = (plans.data ?? []).filter((p) => planIds.includes(p.id));
  const forumLinks = (forums.data ?? []).filter((f) => forumIds.includes(f.id));
  return (
    <>
      {planLinks.length > 0 ? (
        <>
          <dt>{t('linked.plans')}</dt>
          <dd>
            {planLinks.map((p, i) => (
              <span key={p.id}>
                {i > 0 ? ', ' : ''}
                <Link to={`${base}/plans/${encodeURIComponent(p.id)}`}>{p.title}</Link>
              </span>
            ))}
          </dd>
        </>
      ) : null}
      {forumLinks.length > 0 ? (
        <>
          <dt>{t('linked.forums')}</dt>
          <dd>
            {forumLinks.map((f, i) => (
              <span key={f.id}>
                {i > 0 ? ', ' : ''}
                <Link to={forumPath(code, f.id)}>{f.name}</Link>
              </span>
            ))}
          </dd>
        </>
      ) : null}
    </>
  );
}
