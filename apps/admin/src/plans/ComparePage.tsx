import type { ActionPlanSummary, PlanComparison } from '@samla/domain';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { useLanguage } from '../i18n/useLanguage';
import { fieldLabel, formatValue, type ValueContext } from './compare-values';
import { revisionsOf } from './families';
import { useFormat } from './format';
import { compareKey, fetchComparison, fetchPlans, plansKey } from './plans.api';
import { useMethods, useOrgUnits, usePlanAccess } from './references';
import { usePlanLabels } from './usePlanLabels';
import '../i18n/plans';

type ItemDiff = PlanComparison['goals'];
type FieldChange = PlanComparison['plan'][number];

/**
 * Jämför revisioner: pick another revision of the same plan; see what changed from the older
 * to the newer, field by field (före → efter), for the plan, its goals and its activities.
 */
export function ComparePage() {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const { code } = usePlanAccess();
  const { planId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const other = params.get('with') ?? '';
  const plans = useQuery({
    queryKey: plansKey(code),
    queryFn: () => fetchPlans(code),
    enabled: code !== '',
  });
  const plan = plans.data?.find((p) => p.id === planId);
  const revisions = revisionsOf(planId, plans.data ?? []);
  const otherPlan = revisions.find((p) => p.id === other);
  // Always from the older revision to the newer, whichever page it was opened from.
  const [from, to] =
    plan && otherPlan
      ? plan.revision < otherPlan.revision
        ? [plan, otherPlan]
        : [otherPlan, plan]
      : [];
  const comparison = useQuery({
    queryKey: compareKey(code, from?.id ?? '', to?.id ?? ''),
    queryFn: () => fetchComparison(code, from?.id ?? '', to?.id ?? ''),
    enabled: Boolean(from && to),
  });

  if (plans.isPending) return <Loading />;
  return (
    <Page
      title={plan ? t('plans.compare.title', { title: plan.title }) : t('plans.compare.heading')}
    >
      <p className="breadcrumb">
        <Link to={`/t/${encodeURIComponent(code)}/plans/${planId}`}>{t('plans.backToPlan')}</Link>
      </p>
      <ErrorAlert error={plans.error} />
      {plan && revisions.length === 0 ? <p>{t('plans.compare.noRevisions')}</p> : null}
      {plan && revisions.length > 0 ? (
        <div className="form">
          <div className="field">
            <label className="field__label" htmlFor="compare-with">
              {t('plans.compare.with', { revision: plan.revision })}
            </label>
            <select
              id="compare-with"
              className="field__control"
              value={otherPlan ? other : ''}
              onChange={(event) => setParams({ with: event.target.value }, { replace: true })}
            >
              <option value="" disabled>
                {t('plans.compare.choose')}
              </option>
              {revisions.map((r) => (
                <option key={r.id} value={r.id}>
                  {t('plans.compare.revisionOption', {
                    revision: r.revision,
                    title: r.title,
                    status: labels.planStatus[r.status],
                  })}
                </option>
              ))}
            </select>
          </div>
        </div>
      ) : null}
      {comparison.isFetching && !comparison.data ? <Loading /> : null}
      <ErrorAlert error={comparison.error} />
      {comparison.data && from && to ? (
        <ComparisonView comparison={comparison.data} from={from} to={to} />
      ) : null}
    </Page>
  );
}

function useValueContext(): ValueContext {
  const { t } = useTranslation('plans');
  const language = useLanguage();
  const format = useFormat();
  const { code } = usePlanAccess();
  const { unitName } = useOrgUnits(code);
  const { methodName } = useMethods();
  return { language, format, unitName, methodName, none: t('plans.none') };
}

interface ComparisonViewProps {
  comparison: PlanComparison;
  from: ActionPlanSummary;
  to: ActionPlanSummary;
}

function ComparisonView({ comparison, from, to }: ComparisonViewProps) {
  const { t } = useTranslation('plans');
  return (
    <>
      <p className="lead">
        {t('plans.compare.direction', { from: from.revision, to: to.revision })}
      </p>
      <section aria-labelledby="compare-plan">
        <h2 id="compare-plan">{t('plans.compare.planHeading')}</h2>
        {comparison.plan.length === 0 ? (
          <p>{t('plans.compare.planUnchanged')}</p>
        ) : (
          <ChangeTable changes={comparison.plan} caption={t('plans.compare.planHeading')} />
        )}
      </section>
      <DiffSection
        id="compare-goals"
        heading={t('plans.compare.goalsHeading')}
        diff={comparison.goals}
      />
      <DiffSection
        id="compare-activities"
        heading={t('plans.compare.activitiesHeading')}
        diff={comparison.activities}
      />
    </>
  );
}

function DiffSection({ id, heading, diff }: { id: string; heading: string; diff: ItemDiff }) {
  const { t } = useTranslation('plans');
  const format = useFormat();
  const counts = {
    added: format.number(diff.added.length),
    removed: format.number(diff.removed.length),
    changed: format.number(diff.changed.length),
    unchanged: format.number(diff.unchanged),
  };
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <p>{t('plans.compare.counts', counts)}</p>
      {diff.added.length > 0 ? (
        <>
          <h3>{t('plans.compare.added')}</h3>
          <ul className="diff-list diff-list--added">
            {diff.added.map((item) => (
              <li key={item.lineageId}>{item.title}</li>
            ))}
          </ul>
        </>
      ) : null}
      {diff.removed.length > 0 ? (
        <>
          <h3>{t('plans.compare.removed')}</h3>
          <ul className="diff-list diff-list--removed">
            {diff.removed.map((item) => (
              <li key={item.lineageId}>{item.title}</li>
            ))}
          </ul>
        </>
      ) : null}
      {diff.changed.length > 0 ? (
        <>
          <h3>{t('plans.compare.changed')}</h3>
          {diff.changed.map((change) => (
            <article key={change.after.lineageId} className="diff-item">
              <h4>{change.after.title}</h4>
              <ChangeTable
                changes={change.changes}
                caption={t('plans.compare.changesOf', { title: change.after.title })}
              />
            </article>
          ))}
        </>
      ) : null}
    </section>
  );
}

function ChangeTable({ changes, caption }: { changes: readonly FieldChange[]; caption: string }) {
  const { t } = useTranslation('plans');
  const context = useValueContext();
  const captionId = useId();
  return (
    <table className="table diff-table" aria-labelledby={captionId}>
      <caption id={captionId} className="visually-hidden">
        {caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('plans.compare.field')}</th>
          <th scope="col">{t('plans.compare.before')}</th>
          <th scope="col">{t('plans.compare.after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">{fieldLabel(change.field, context.language)}</th>
            <td className="diff-table__before">
              {formatValue(change.field, change.before, context)}
            </td>
            <td className="diff-table__after">
              {formatValue(change.field, change.after, context)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
