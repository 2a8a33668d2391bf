import type { ActionPlanDetail } from '@samla/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { revisionsOf } from './families';
import { createRevision, fetchPlans, planKey, plansKey } from './plans.api';
import { exportUrl } from './transfer.api';
import '../i18n/plans';

interface PlanActionsProps {
  code: string;
  plan: ActionPlanDetail;
  canEdit: boolean;
  editable: boolean;
}

/** Täckning, export (XLSX, CSV), import, compare and "Ny revision": what a plan leads to. */
export const PlanActions = memo(function PlanActions({
  code,
  plan,
  canEdit,
  editable,
}: PlanActionsProps) {
  const { t } = useTranslation('plans');
  // Other revisions of the same plan, to compare with. Asked for here rather than by the
  // page, so that their arrival re-renders this list only.
  const plans = useQuery({ queryKey: plansKey(code), queryFn: () => fetchPlans(code) });
  const revisions = useMemo(() => revisionsOf(plan.id, plans.data ?? []), [plan.id, plans.data]);
  const base = `/t/${encodeURIComponent(code)}/plans/${plan.id}`;
  const [confirming, setConfirming] = useState(false);
  return (
    <nav className="plan-actions" aria-label={t('plans.actions.label')}>
      <ul className="plan-actions__list">
        <li>
          <Link to={`${base}/coverage`}>{t('plans.actions.coverage')}</Link>
        </li>
        <li>
          <a href={exportUrl(code, plan.id, 'xlsx')} download>
            {t('plans.actions.exportXlsx')}
          </a>
        </li>
        <li>
          <a href={exportUrl(code, plan.id, 'csv')} download>
            {t('plans.actions.exportCsv')}
          </a>
        </li>
        {canEdit && editable ? (
          <li>
            <Link to={`${base}/import`}>{t('plans.actions.import')}</Link>
          </li>
        ) : null}
        {revisions.length > 0 ? (
          <li>
            <Link to={`${base}/compare?with=${encodeURIComponent(revisions[0]?.id ?? '')}`}>
              {t('plans.actions.compare')}
            </Link>
          </li>
        ) : null}
        {canEdit ? (
          <li>
            <button
              type="button"
              className="link-button"
              aria-expanded={confirming}
              onClick={() => setConfirming((open) => !open)}
            >
              {t('plans.actions.newRevision')}
            </button>
          </li>
        ) : null}
      </ul>
      {confirming ? (
        <NewRevision code={code} plan={plan} onCancel={() => setConfirming(false)} />
      ) : null}
    </nav>
  );
});

function NewRevision({
  code,
  plan,
  onCancel,
}: {
  code: string;
  plan: ActionPlanDetail;
  onCancel: () => void;
}) {
  const { t } = useTranslation('plans');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  const revise = useMutation({
    mutationFn: () => createRevision(code, plan.id),
    onSuccess: (revision) => {
      queryClient.setQueryData(planKey(code, revision.id), revision);
      void queryClient.invalidateQueries({ queryKey: plansKey(code), exact: true });
      void navigate(`/t/${encodeURIComponent(code)}/plans/${revision.id}`, {
        state: { revisionOf: plan.title },
      });
    },
  });
  return (
    <section className="panel" aria-labelledby="new-revision-heading">
      <h2 id="new-revision-heading">{t('plans.revision.heading')}</h2>
      <p>{t('plans.revision.body', { title: plan.title })}</p>
      <ErrorAlert error={revise.error} />
      <div className="form__actions">
        <button
          ref={confirmRef}
          type="button"
          className="button button--primary"
          onClick={() => revise.mutate()}
          disabled={revise.isPending}
        >
          {revise.isPending ? t('plans.revision.submitting') : t('plans.revision.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {tc('form.cancel')}
        </button>
      </div>
    </section>
  );
}
