import {
  LEVELS,
  TARGET_GROUPS,
  TIERS,
  VIOLENCE_TYPES,
  type Coverage,
  type CoverageCell,
} from '@samla/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { useLanguage } from '../i18n/useLanguage';
import { localeOf, useFormat } from './format';
import { coverageKey, fetchCoverage, fetchPlan, planKey } from './plans.api';
import { usePlanAccess } from './references';
import { type PlanLabels, usePlanLabels } from './usePlanLabels';
import '../i18n/plans';

/**
 * Täckning: where the plan's activities fall, level × tier, by target group and by violence
 * type, with the number of activities and their budget in each cell. An empty cell is a gap:
 * highlighted, labelled "Lucka", and named in the summary.
 */
export function CoveragePage() {
  const { t } = useTranslation('plans');
  const { code } = usePlanAccess();
  const { planId = '' } = useParams();
  const plan = useQuery({
    queryKey: planKey(code, planId),
    queryFn: () => fetchPlan(code, planId),
    enabled: code !== '' && planId !== '',
  });
  const coverage = useQuery({
    queryKey: coverageKey(code, planId),
    queryFn: () => fetchCoverage(code, planId),
    enabled: code !== '' && planId !== '',
  });
  const planUrl = `/t/${encodeURIComponent(code)}/plans/${planId}`;

  if (plan.isPending || coverage.isPending) return <Loading />;
  const title = plan.data
    ? t('plans.coverage.title', { title: plan.data.title })
    : t('plans.coverage.heading');
  return (
    <Page title={title}>
      <p className="breadcrumb">
        <Link to={planUrl}>{t('plans.backToPlan')}</Link>
      </p>
      <ErrorAlert error={plan.error ?? coverage.error} />
      {coverage.data ? <CoverageView coverage={coverage.data} /> : null}
    </Page>
  );
}

function CoverageView({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const format = useFormat();
  const summary = useGapSummary(coverage, labels);
  const { totals } = coverage;
  return (
    <>
      <p className="lead">{summary}</p>
      <p>
        {t('plans.coverage.totals', {
          count: totals.activities,
          activities: format.number(totals.activities),
          budget: format.sek(totals.budgetSek),
        })}{' '}
        {totals.excludedCancelled > 0
          ? t('plans.coverage.cancelled', {
              count: totals.excludedCancelled,
              formatted: format.number(totals.excludedCancelled),
            })
          : null}
      </p>

      <h2 id="coverage-matrix">{t('plans.coverage.matrixHeading')}</h2>
      <p>{t('plans.coverage.matrixIntro')}</p>
      <div className="table-scroll">
        <table className="table coverage-table" aria-labelledby="coverage-matrix">
          <thead>
            <tr>
              <td className="coverage-table__corner">
                <span className="visually-hidden">{t('plans.coverage.corner')}</span>
              </td>
              {TIERS.map((tier) => (
                <th key={tier} scope="col">
                  {labels.tier[tier]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {LEVELS.map((level) => (
              <tr key={level}>
                <th scope="row">{labels.level[level]}</th>
                {TIERS.map((tier) => (
                  <CoverageCellView key={tier} cell={coverage.matrix[level][tier]} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="coverage-lists">
        <ListTable
          id="coverage-target-groups"
          heading={t('plans.coverage.targetGroupsHeading')}
          column={t('plans.fields.targetGroup')}
          rows={TARGET_GROUPS.map((g) => [labels.targetGroup[g], coverage.byTargetGroup[g]])}
        />
        <ListTable
          id="coverage-violence-types"
          heading={t('plans.coverage.violenceTypesHeading')}
          column={t('plans.fields.violenceType')}
          rows={VIOLENCE_TYPES.map((v) => [labels.violenceType[v], coverage.byViolenceType[v]])}
        />
      </div>
      <p className="muted">{t('plans.coverage.overlapNote')}</p>
    </>
  );
}

/** One cell: how many activities and their budget, or "Lucka" when there are none. */
function CoverageCellView({ cell }: { cell: CoverageCell }) {
  const { t } = useTranslation('plans');
  const format = useFormat();
  return (
    <td className={cell.gap ? 'coverage-cell coverage-cell--gap' : 'coverage-cell'}>
      {cell.gap ? <strong className="gap-label">{t('plans.coverage.gap')}</strong> : null}
      <span className="coverage-cell__count">
        {t('plans.coverage.activities', {
          count: cell.activities,
          formatted: format.number(cell.activities),
        })}
      </span>
      {cell.gap ? null : (
        <span className="coverage-cell__budget">{format.sek(cell.budgetSek)}</span>
      )}
    </td>
  );
}

interface ListTableProps {
  id: string;
  heading: string;
  column: string;
  rows: Array<[string, CoverageCell]>;
}

function ListTable({ id, heading, column, rows }: ListTableProps) {
  const { t } = useTranslation('plans');
  const format = useFormat();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <table className="table coverage-list" aria-labelledby={id}>
        <thead>
          <tr>
            <th scope="col">{column}</th>
            <th scope="col" className="table__number">
              {t('plans.coverage.activityColumn')}
            </th>
            <th scope="col" className="table__number">
              {t('plans.coverage.budgetColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, cell]) => (
            <tr key={label} className={cell.gap ? 'coverage-row--gap' : undefined}>
              <th scope="row">
                {label}
                {cell.gap ? (
                  <>
                    {' '}
                    <strong className="gap-label">{t('plans.coverage.gap')}</strong>
                  </>
                ) : null}
              </th>
              <td className="table__number">{format.number(cell.activities)}</td>
              <td className="table__number">{format.sek(cell.budgetSek)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** "Planen har luckor i …": every gap, by name, in one sentence. */
function useGapSummary(coverage: Coverage, labels: PlanLabels): string {
  const { t } = useTranslation('plans');
  const language = useLanguage();
  const list = new Intl.ListFormat(localeOf(language), { type: 'conjunction' });
  const { gaps, totals } = coverage;
  if (totals.activities === 0) return t('plans.coverage.summaryEmpty');
  const parts: string[] = [];
  if (gaps.matrix.length > 0)
    parts.push(
      t('plans.coverage.summaryMatrix', {
        cells: list.format(
          gaps.matrix.map(({ level, tier }) => `${labels.level[level]} – ${labels.tier[tier]}`),
        ),
      }),
    );
  if (gaps.targetGroups.length > 0)
    parts.push(
      t('plans.coverage.summaryTargetGroups', {
        count: gaps.targetGroups.length,
        groups: list.format(gaps.targetGroups.map((g) => labels.targetGroup[g])),
      }),
    );
  if (gaps.violenceTypes.length > 0)
    parts.push(
      t('plans.coverage.summaryViolenceTypes', {
        count: gaps.violenceTypes.length,
        types: list.format(gaps.violenceTypes.map((v) => labels.violenceType[v])),
      }),
    );
  if (parts.length === 0) return t('plans.coverage.summaryNone');
  return t('plans.coverage.summaryGaps', { parts: parts.join('; ') });
}
