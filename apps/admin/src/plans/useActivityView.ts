import { ACTIVITY_STATUSES, LEVELS, TARGET_GROUPS, TIERS } from '@samla/domain';
import { useSearchParams } from 'react-router-dom';
import {
  type ActivityView,
  DEFAULT_VIEW,
  GROUPINGS,
  SORT_KEYS,
  TRACKING_STATES,
} from './activity-rows';

const PARAMS: Record<keyof ActivityView, string> = {
  text: 'q',
  status: 'status',
  tracking: 'tracking',
  level: 'level',
  tier: 'tier',
  targetGroup: 'targetGroup',
  unitId: 'unit',
  groupBy: 'groupBy',
  sort: 'sort',
  direction: 'dir',
};

const oneOf = <T extends string>(allowed: readonly T[], value: string | null, fallback: T | '') =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

/**
 * The activity table's filter, grouping and sort, kept in the address (?status=ongoing&…):
 * back from an activity returns to the same view, and a view can be shared as a link.
 */
export function useActivityView(): [ActivityView, (change: Partial<ActivityView>) => void] {
  const [params, setParams] = useSearchParams();
  const get = (key: keyof ActivityView) => params.get(PARAMS[key]);
  const view: ActivityView = {
    text: get('text') ?? '',
    status: oneOf(ACTIVITY_STATUSES, get('status'), ''),
    tracking: oneOf(TRACKING_STATES, get('tracking'), ''),
    level: oneOf(LEVELS, get('level'), ''),
    tier: oneOf(TIERS, get('tier'), ''),
    targetGroup: oneOf(TARGET_GROUPS, get('targetGroup'), ''),
    unitId: get('unitId') ?? '',
    groupBy: oneOf(GROUPINGS, get('groupBy'), DEFAULT_VIEW.groupBy) || DEFAULT_VIEW.groupBy,
    sort: oneOf(SORT_KEYS, get('sort'), DEFAULT_VIEW.sort) || DEFAULT_VIEW.sort,
    direction: get('direction') === 'desc' ? 'desc' : 'asc',
  };

  const update = (change: Partial<ActivityView>) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(change) as Array<[keyof ActivityView, string]>) {
          if (value === '' || value === DEFAULT_VIEW[key]) next.delete(PARAMS[key]);
          else next.set(PARAMS[key], value);
        }
        return next;
      },
      { replace: true },
    );
  };
  return [view, update];
}
