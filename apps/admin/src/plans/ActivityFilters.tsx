import { ACTIVITY_STATUSES, LEVELS, TARGET_GROUPS, TIERS, type OrgUnit } from '@samla/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type ActivityView, GROUPINGS, isFiltered, TRACKING_STATES } from './activity-rows';
import { UnitOptions } from './UnitOptions';
import { usePlanLabels } from './usePlanLabels';
import '../i18n/plans';

interface ActivityFiltersProps {
  view: ActivityView;
  onChange: (change: Partial<ActivityView>) => void;
  units: readonly OrgUnit[];
}

/** Sök, Status, Läge, Nivå, Insatstyp, Målgrupp, Enhet and Gruppera efter, above the table. */
export function ActivityFilters({ view, onChange, units }: ActivityFiltersProps) {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const all = t('plans.filters.all');
  return (
    <form
      className="filters"
      role="search"
      aria-label={t('plans.filters.label')}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="filters__field filters__field--text">
        <label htmlFor="filter-text">{t('plans.filters.text')}</label>
        <input
          id="filter-text"
          type="search"
          className="field__control"
          value={view.text}
          onChange={(event) => onChange({ text: event.target.value })}
          autoComplete="off"
        />
      </div>
      <Filter
        id="filter-status"
        label={t('plans.fields.status')}
        value={view.status}
        onChange={(status) => onChange({ status: status as ActivityView['status'] })}
      >
        <option value="">{all}</option>
        {ACTIVITY_STATUSES.map((s) => (
          <option key={s} value={s}>
            {labels.activityStatus[s]}
          </option>
        ))}
      </Filter>
      <Filter
        id="filter-tracking"
        label={t('plans.fields.tracking')}
        value={view.tracking}
        onChange={(tracking) => onChange({ tracking: tracking as ActivityView['tracking'] })}
      >
        <option value="">{all}</option>
        {TRACKING_STATES.map((s) => (
          <option key={s} value={s}>
            {t(`plans.tracking.states.${s}`)}
          </option>
        ))}
      </Filter>
      <Filter
        id="filter-level"
        label={t('plans.fields.level')}
        value={view.level}
        onChange={(level) => onChange({ level: level as ActivityView['level'] })}
      >
        <option value="">{all}</option>
        {LEVELS.map((l) => (
          <option key={l} value={l}>
            {labels.level[l]}
          </option>
        ))}
      </Filter>
      <Filter
        id="filter-tier"
        label={t('plans.fields.tier')}
        value={view.tier}
        onChange={(tier) => onChange({ tier: tier as ActivityView['tier'] })}
      >
        <option value="">{all}</option>
        {TIERS.map((tier) => (
          <option key={tier} value={tier}>
            {labels.tier[tier]}
          </option>
        ))}
      </Filter>
      <Filter
        id="filter-target-group"
        label={t('plans.fields.targetGroup')}
        value={view.targetGroup}
        onChange={(g) => onChange({ targetGroup: g as ActivityView['targetGroup'] })}
      >
        <option value="">{all}</option>
        {TARGET_GROUPS.map((g) => (
          <option key={g} value={g}>
            {labels.targetGroup[g]}
          </option>
        ))}
      </Filter>
      <Filter
        id="filter-unit"
        label={t('plans.filters.unit')}
        value={view.unitId}
        onChange={(unitId) => onChange({ unitId })}
      >
        <UnitOptions units={units} empty={all} />
      </Filter>
      <Filter
        id="filter-group-by"
        label={t('plans.filters.groupBy')}
        value={view.groupBy}
        onChange={(g) => onChange({ groupBy: g as ActivityView['groupBy'] })}
      >
        {GROUPINGS.map((g) => (
          <option key={g} value={g}>
            {t(`plans.filters.groupings.${g}`)}
          </option>
        ))}
      </Filter>
      {isFiltered(view) ? (
        <div className="filters__reset">
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              onChange({
                text: '',
                status: '',
                tracking: '',
                level: '',
                tier: '',
                targetGroup: '',
                unitId: '',
              })
            }
          >
            {t('plans.filters.clear')}
          </button>
        </div>
      ) : null}
    </form>
  );
}

interface FilterProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}

function Filter({ id, label, value, onChange, children }: FilterProps) {
  return (
    <div className="filters__field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="field__control"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
    </div>
  );
}
