import {
  LEVELS,
  TARGET_GROUPS,
  TIERS,
  VIOLENCE_TYPES,
  type ActivityStatus,
  type Level,
  type TargetGroup,
  type Tier,
  type ViolenceType,
} from './vocabulary.js';

export interface CoverageActivity {
  level: Level;
  tier: Tier;
  targetGroups: readonly TargetGroup[];
  violenceTypes: readonly ViolenceType[];
  budgetSek: number | null;
  status: ActivityStatus;
}

export interface CoverageCell {
  activities: number;
  budgetSek: number;
  /** No activity here: a gap the plan should consider (Alingsås: every level, every tier). */
  gap: boolean;
}

export interface Coverage {
  /** matrix[level][tier] */
  matrix: Record<Level, Record<Tier, CoverageCell>>;
  byTargetGroup: Record<TargetGroup, CoverageCell>;
  byViolenceType: Record<ViolenceType, CoverageCell>;
  totals: { activities: number; budgetSek: number; excludedCancelled: number };
  gaps: {
    matrix: Array<{ level: Level; tier: Tier }>;
    targetGroups: TargetGroup[];
    violenceTypes: ViolenceType[];
  };
}

const emptyCell = (): CoverageCell => ({ activities: 0, budgetSek: 0, gap: true });
const add = (cell: CoverageCell, budget: number) => {
  cell.activities++;
  cell.budgetSek += budget;
  cell.gap = false;
};

/**
 * Where a plan's activities fall: level × tier, target group and violence type, with the
 * number of activities and their budget in each cell. Cancelled activities do not cover
 * anything. An activity with several target groups counts once in each of them, so those
 * rows do not add up to the total.
 */
export function computeCoverage(activities: readonly CoverageActivity[]): Coverage {
  const matrix = Object.fromEntries(
    LEVELS.map((l) => [l, Object.fromEntries(TIERS.map((t) => [t, emptyCell()]))]),
  ) as Coverage['matrix'];
  const byTargetGroup = Object.fromEntries(
    TARGET_GROUPS.map((g) => [g, emptyCell()]),
  ) as Coverage['byTargetGroup'];
  const byViolenceType = Object.fromEntries(
    VIOLENCE_TYPES.map((v) => [v, emptyCell()]),
  ) as Coverage['byViolenceType'];
  const totals = { activities: 0, budgetSek: 0, excludedCancelled: 0 };

  for (const a of activities) {
    if (a.status === 'cancelled') {
      totals.excludedCancelled++;
      continue;
    }
    const budget = a.budgetSek ?? 0;
    add(matrix[a.level][a.tier], budget);
    for (const g of new Set(a.targetGroups)) add(byTargetGroup[g], budget);
    for (const v of new Set(a.violenceTypes)) add(byViolenceType[v], budget);
    totals.activities++;
    totals.budgetSek += budget;
  }
  return {
    matrix,
    byTargetGroup,
    byViolenceType,
    totals,
    gaps: {
      matrix: LEVELS.flatMap((level) =>
        TIERS.filter((tier) => matrix[level][tier].gap).map((tier) => ({ level, tier })),
      ),
      targetGroups: TARGET_GROUPS.filter((g) => byTargetGroup[g].gap),
      violenceTypes: VIOLENCE_TYPES.filter((v) => byViolenceType[v].gap),
    },
  };
}
