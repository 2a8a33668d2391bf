import {
  updateActionPlanSchema,
  type ActionPlanDetail,
  type ActionPlanSummary,
  type OrgUnit,
} from '@samla/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { SubmitButton } from '../components/SubmitButton';
import { useValidatedMutation } from '../components/useValidatedMutation';
import { useFormat } from './format';
import { planDetailsOf, PlanFields, planValues } from './PlanFields';
import { planKey, plansKey, updatePlan } from './plans.api';
import { staleCurrent, StaleNotice } from './StaleNotice';
import { usePlanLabels } from './usePlanLabels';
import '../i18n/plans';

interface EditPlanFormProps {
  code: string;
  plan: ActionPlanSummary;
  units: readonly OrgUnit[];
  onSaved: (plan: ActionPlanSummary) => void;
  onCancel: () => void;
  announce: (message: string) => void;
}

/** Ändra planuppgifter: title, kind, period, owner and description. */
export function EditPlanForm({
  code,
  plan,
  units,
  onSaved,
  onCancel,
  announce,
}: EditPlanFormProps) {
  const { t } = useTranslation('plans');
  const { t: tc } = useTranslation();
  const labels = usePlanLabels();
  const format = useFormat();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [details, setDetails] = useState(() => planDetailsOf(plan));
  const [baseVersion, setBaseVersion] = useState(plan.version);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  const store = (saved: ActionPlanSummary) => {
    queryClient.setQueryData<ActionPlanDetail>(
      planKey(code, plan.id),
      (current) => current && { ...current, ...saved },
    );
    void queryClient.invalidateQueries({ queryKey: plansKey(code) });
  };

  const form = useValidatedMutation({
    schema: updateActionPlanSchema,
    values: {
      ...planValues(details),
      version: baseVersion,
    },
    mutationFn: (input: Parameters<typeof updatePlan>[2]) => updatePlan(code, plan.id, input),
    onSuccess: (saved) => {
      store(saved);
      onSaved(saved);
    },
  });
  const save = form.mutation;
  const current = staleCurrent<ActionPlanSummary>(save.error);

  const reload = (latest: ActionPlanSummary) => {
    store(latest);
    setDetails(planDetailsOf(latest));
    setBaseVersion(latest.version);
    form.reset();
    announce(tc('conflict.reloaded'));
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  };

  const owner = units.find((u) => u.id === current?.ownerUnitId)?.name;
  return (
    <form
      ref={formRef}
      className="form panel"
      onSubmit={form.onSubmit}
      noValidate
      aria-labelledby="edit-plan-heading"
    >
      <h2 id="edit-plan-heading">{t('plans.plan.editHeading')}</h2>
      {current ? (
        <StaleNotice
          facts={[
            [t('plans.fields.title'), current.title],
            [t('plans.fields.kind'), labels.planKind[current.kind]],
            [t('plans.fields.period'), format.period(current.periodFrom, current.periodTo)],
            [t('plans.fields.owner'), owner ?? t('plans.none')],
            [t('plans.fields.status'), labels.planStatus[current.status]],
          ]}
          onReload={() => reload(current)}
        />
      ) : (
        <ErrorAlert error={save.error} extra={form.otherServerIssues} />
      )}
      <PlanFields
        idPrefix="edit-plan"
        values={details}
        onChange={setDetails}
        errorFor={form.errorFor}
        units={units}
      />
      <div className="form__actions">
        <SubmitButton
          pending={save.isPending}
          label={t('plans.plan.save')}
          pendingLabel={t('plans.plan.saving')}
        />
        <button type="button" className="button" onClick={onCancel}>
          {tc('form.cancel')}
        </button>
      </div>
    </form>
  );
}
