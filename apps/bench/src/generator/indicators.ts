import type { Prng } from '../prng.js';
import { tableRows, timeFrom2020, type TableRows, type TenantScope } from './table-rows.js';

/** A catalogue entry the kommun follows (read from platform_indicators after migrating). */
export interface CatalogueIndicator {
  id: string;
  genderSplit: boolean;
  higherIsBetter: boolean;
}

const YEARS = Array.from({ length: 10 }, (_, i) => 2016 + i);

/** The kommun's own monthly indicators: counts from its own case systems. */
const OWN_MONTHLY = [
  'Antal ärenden om våld i nära relationer hos socialtjänsten',
  'Antal kontakter med kvinnojouren',
  'Antal anmälningar om oro för barn som upplever våld',
];

/**
 * Fifteen indicators per kommun: every catalogue entry followed (twelve Agenda 2030
 * indicators) and own monthly counts to fifteen; ten years of measurements each (by gender
 * where the indicator splits), and twelve months a year for the monthly ones. A few values
 * are missing or suppressed, as real series are. Links the in-force plan's goals to them.
 */
export function indicators(
  rng: Prng,
  scope: TenantScope,
  catalogue: readonly CatalogueIndicator[],
  targetIds: readonly string[],
): TableRows[] {
  const { tenantId } = scope;
  const created = timeFrom2020(rng.int(100, 800));
  const indicatorRows = tableRows('indicators', [
    ['tenant_id', 'uuid'],
    ['id', 'uuid'],
    ['platform_indicator_id', 'uuid'],
    ['name_sv', 'text'],
    ['unit', 'text'],
    ['higher_is_better', 'bool'],
    ['period_type', 'text'],
    ['gender_split', 'bool'],
    ['source', 'text'],
    ['baseline_period', 'text'],
    ['baseline_value', 'float8'],
    ['target_value', 'float8'],
    ['target_year', 'int'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ]);
  const measurementRows = tableRows('measurements', [
    ['tenant_id', 'uuid'],
    ['indicator_id', 'uuid'],
    ['area', 'text'],
    ['period', 'text'],
    ['gender', 'text'],
    ['state', 'text'],
    ['value', 'float8'],
    ['source', 'text'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ]);

  const measure = (indicatorId: string, periods: string[], genders: string[], base: number) => {
    let level = base;
    for (const period of periods) {
      level = Math.max(0, level * (0.95 + rng.next() * 0.1));
      for (const gender of genders) {
        const roll = rng.next();
        const state = roll < 0.03 ? 'missing' : roll < 0.05 ? 'suppressed' : 'value';
        const value =
          state === 'value'
            ? Math.round(level * (gender === 'K' ? 1.2 : gender === 'M' ? 0.8 : 1) * 10) / 10
            : null;
        measurementRows.rows.push([
          tenantId,
          indicatorId,
          'municipality',
          period,
          gender,
          state,
          value,
          'Generated',
          created,
          created,
        ]);
      }
    }
  };

  for (const entry of catalogue.slice(0, 15)) {
    const id = rng.uuid();
    scope.indicatorIds.push(id);
    const base = rng.int(5, 60);
    const withTarget = rng.chance(0.5);
    indicatorRows.rows.push([
      tenantId,
      id,
      entry.id,
      null,
      null,
      null,
      null,
      null,
      null,
      '2019',
      base,
      withTarget ? (entry.higherIsBetter ? base * 1.2 : base * 0.7) : null,
      withTarget ? 2030 : null,
      created,
      created,
    ]);
    measure(id, YEARS.map(String), entry.genderSplit ? ['T', 'K', 'M'] : ['T'], base);
  }
  const months = YEARS.flatMap((y) =>
    Array.from({ length: 12 }, (_, m) => `${y}-${String(m + 1).padStart(2, '0')}`),
  );
  for (let i = 0; scope.indicatorIds.length < 15; i++) {
    const id = rng.uuid();
    scope.indicatorIds.push(id);
    indicatorRows.rows.push([
      tenantId,
      id,
      null,
      OWN_MONTHLY[i % OWN_MONTHLY.length],
      'count',
      false,
      'month',
      false,
      `${scope.name}s verksamhetssystem`,
      null,
      null,
      null,
      null,
      created,
      created,
    ]);
    measure(id, months, ['T'], rng.int(5, 40));
  }

  // The in-force plan's top goals follow an indicator and an Agenda 2030 target each.
  const goalIndicators = tableRows('goal_indicators', [
    ['tenant_id', 'uuid'],
    ['goal_id', 'uuid'],
    ['indicator_id', 'uuid'],
  ]);
  const activityTargets = tableRows('activity_targets', [
    ['tenant_id', 'uuid'],
    ['activity_id', 'uuid'],
    ['target_id', 'text'],
  ]);
  for (const goalId of scope.topGoalIds)
    goalIndicators.rows.push([tenantId, goalId, rng.pick(scope.indicatorIds)]);
  for (const activityId of scope.activityIds.filter((_, i) => i % 10 === 0))
    activityTargets.rows.push([tenantId, activityId, rng.pick(targetIds)]);
  return [indicatorRows, measurementRows, goalIndicators, activityTargets];
}
