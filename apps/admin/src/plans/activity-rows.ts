import {
  ACTIVITY_STATUSES,
  goalNumbers,
  orderGoalTree,
  type Activity,
  type ActivityStatus,
  type Goal,
  type Level,
  type TargetGroup,
  type Tier,
  type TrackingState,
} from '@samla/domain';

export const TRACKING_STATES: readonly TrackingState[] = [
  'on_track',
  'at_risk',
  'late',
  'done',
  'cancelled',
];
export const SORT_KEYS = ['title', 'endDate', 'progress', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';
export const GROUPINGS = ['goal', 'unit', 'none'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** What the activity table shows; '' means "all". Kept in the page's address. */
export interface ActivityView {
  text: string;
  status: ActivityStatus | '';
  tracking: TrackingState | '';
  level: Level | '';
  tier: Tier | '';
  targetGroup: TargetGroup | '';
  /** Responsible or participating. */
  unitId: string;
  groupBy: Grouping;
  sort: SortKey;
  direction: SortDirection;
}

export const DEFAULT_VIEW: ActivityView = {
  text: '',
  status: '',
  tracking: '',
  level: '',
  tier: '',
  targetGroup: '',
  unitId: '',
  groupBy: 'goal',
  sort: 'title',
  direction: 'asc',
};

export const isFiltered = (view: ActivityView): boolean =>
  Boolean(
    view.text.trim() ||
    view.status ||
    view.tracking ||
    view.level ||
    view.tier ||
    view.targetGroup ||
    view.unitId,
  );

const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });
const fold = (text: string) => text.toLocaleLowerCase('sv');

/**
 * What Sök searches in an activity, folded once per activity object (the plan's data is
 * replaced, not changed, when it is fetched again), not once per activity and keystroke.
 */
const haystacks = new WeakMap<Activity, string>();
function haystackOf(activity: Activity): string {
  let haystack = haystacks.get(activity);
  if (haystack === undefined) {
    haystack = fold(
      [activity.title, activity.description ?? '', activity.methodText ?? ''].join(' '),
    );
    haystacks.set(activity, haystack);
  }
  return haystack;
}

export function filterActivities(activities: readonly Activity[], view: ActivityView): Activity[] {
  const words = fold(view.text).split(/\s+/).filter(Boolean);
  return activities.filter((a) => {
    if (view.status && a.status !== view.status) return false;
    if (view.tracking && a.tracking.state !== view.tracking) return false;
    if (view.level && a.level !== view.level) return false;
    if (view.tier && a.tier !== view.tier) return false;
    if (view.targetGroup && !a.targetGroups.includes(view.targetGroup)) return false;
    if (
      view.unitId &&
      a.responsibleUnitId !== view.unitId &&
      !a.participatingUnitIds.includes(view.unitId)
    )
      return false;
    if (words.length > 0) {
      const haystack = haystackOf(a);
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  });
}

export function sortActivities(
  activities: readonly Activity[],
  sort: SortKey,
  direction: SortDirection,
): Activity[] {
  const sign = direction === 'asc' ? 1 : -1;
  const byTitle = (a: Activity, b: Activity) => collator.compare(a.title, b.title);
  const compare = (a: Activity, b: Activity): number => {
    switch (sort) {
      case 'title':
        return sign * byTitle(a, b);
      case 'progress':
        return sign * (a.progress - b.progress) || byTitle(a, b);
      case 'status':
        return (
          sign * (ACTIVITY_STATUSES.indexOf(a.status) - ACTIVITY_STATUSES.indexOf(b.status)) ||
          byTitle(a, b)
        );
      case 'endDate':
        // Without an end date last, whichever the direction.
        if (a.endDate === b.endDate) return byTitle(a, b);
        if (!a.endDate) return 1;
        if (!b.endDate) return -1;
        return sign * (a.endDate < b.endDate ? -1 : 1);
    }
  };
  return [...activities].sort(compare);
}

export type TableRow =
  | {
      kind: 'group';
      key: string;
      /** The goal's outline number, for goal groups. */
      number: string | null;
      /** null: "Utan mål" / "Ingen ansvarig enhet". */
      title: string | null;
      count: number;
    }
  | { kind: 'activity'; key: string; activity: Activity };

interface GroupContext {
  goals: readonly Goal[];
  unitName: (id: string | null) => string | null;
}

/** Table rows: the activities, under a heading row per goal or responsible unit. */
export function groupRows(
  activities: readonly Activity[],
  groupBy: Grouping,
  context: GroupContext,
): TableRow[] {
  const activityRow = (activity: Activity): TableRow => ({
    kind: 'activity',
    key: activity.id,
    activity,
  });
  if (groupBy === 'none') return activities.map(activityRow);

  const buckets = new Map<string, Activity[]>();
  const keyOf = (a: Activity) => (groupBy === 'goal' ? a.goalId : a.responsibleUnitId) ?? 'none';
  for (const activity of activities) {
    const key = keyOf(activity);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(activity);
    else buckets.set(key, [activity]);
  }

  let groups: Array<{ key: string; number: string | null; title: string | null }>;
  if (groupBy === 'goal') {
    const numbers = goalNumbers(context.goals);
    groups = orderGoalTree(context.goals).map((goal) => ({
      key: goal.id,
      number: numbers.get(goal.id) ?? null,
      title: goal.title,
    }));
  } else {
    groups = [...buckets.keys()]
      .filter((key) => key !== 'none')
      .map((key) => ({ key, number: null, title: context.unitName(key) ?? key }))
      .sort((a, b) => collator.compare(a.title, b.title));
  }
  groups.push({ key: 'none', number: null, title: null });

  return groups.flatMap((group) => {
    const members = buckets.get(group.key);
    if (!members?.length) return [];
    return [
      {
        kind: 'group' as const,
        key: `group-${group.key}`,
        number: group.number,
        title: group.title,
        count: members.length,
      },
      ...members.map(activityRow),
    ];
  });
}
