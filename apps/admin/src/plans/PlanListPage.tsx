import type { ActionPlanSummary } from '@samla/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { planFamilies } from './families';
import { useFormat } from './format';
import { fetchPlans, plansKey } from './plans.api';
import { PlansNav } from './PlansNav';
import { PlanStatusTag } from './PlanStatusTag';
import { ProgressBar } from './ProgressBar';
import { useOrgUnits, usePlanAccess } from './references';
import { usePlanLabels } from './usePlanLabels';
import '../i18n/plans';

/** Handlingsplaner: every plan of the kommun, each followed by its older revisions. */
export function PlanListPage() {
  const { t } = useTranslation('plans');
  const { t: tc } = useTranslation();
  const { code, canEdit } = usePlanAccess();
  const plans = useQuery({
    queryKey: plansKey(code),
    queryFn: () => fetchPlans(code),
    enabled: code !== '',
  });

  return (
    <>
      <PlansNav code={code} />
      <Page title={t('plans.list.title')}>
        <p className="lead">{t('plans.list.intro')}</p>
        {canEdit ? (
          <p>
            <Link
              className="button button--primary"
              to={`/t/${encodeURIComponent(code)}/plans/new`}
            >
              {t('plans.list.new')}
            </Link>
          </p>
        ) : (
          <p className="alert alert--info">{t('plans.list.readOnly')}</p>
        )}
        {plans.isPending ? <Loading /> : null}
        {plans.isError ? (
          <>
            <ErrorAlert error={plans.error} />
            <button type="button" className="button" onClick={() => void plans.refetch()}>
              {tc('errors.retry')}
            </button>
          </>
        ) : null}
        {plans.data?.length === 0 ? <p>{t('plans.list.empty')}</p> : null}
        {plans.data && plans.data.length > 0 ? <PlanTable code={code} plans={plans.data} /> : null}
      </Page>
    </>
  );
}

function PlanTable({ code, plans }: { code: string; plans: ActionPlanSummary[] }) {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const format = useFormat();
  const { unitName } = useOrgUnits(code);
  const families = planFamilies(plans);
  return (
    <div className="table-scroll">
      <table className="table table--wide">
        <caption className="visually-hidden">{t('plans.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plans.fields.title')}</th>
            <th scope="col">{t('plans.fields.kind')}</th>
            <th scope="col">{t('plans.fields.status')}</th>
            <th scope="col">{t('plans.fields.period')}</th>
            <th scope="col">{t('plans.fields.owner')}</th>
            <th scope="col">{t('plans.fields.progress')}</th>
            <th scope="col" className="table__number">
              {t('plans.fields.activityCount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {families.flatMap((family) =>
            family.map((plan, index) => (
              <tr
                key={plan.id}
                className={index > 0 ? 'table__row--revision' : 'table__row--family'}
              >
                <th scope="row">
                  <Link to={`/t/${encodeURIComponent(code)}/plans/${plan.id}`}>{plan.title}</Link>
                  {family.length > 1 || plan.revision > 1 ? (
                    <span className="table__note">
                      {index === 0
                        ? t('plans.list.latestRevision', { revision: plan.revision })
                        : t('plans.list.olderRevision', { revision: plan.revision })}
                    </span>
                  ) : null}
                </th>
                <td>{labels.planKind[plan.kind]}</td>
                <td>
                  <PlanStatusTag status={plan.status} />
                </td>
                <td className="nowrap">{format.period(plan.periodFrom, plan.periodTo)}</td>
                <td>{unitName(plan.ownerUnitId) ?? t('plans.none')}</td>
                <td>
                  <ProgressBar value={plan.progress} />
                </td>
                <td className="table__number">{format.number(plan.activityCount)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
