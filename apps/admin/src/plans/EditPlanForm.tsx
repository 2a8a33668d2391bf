import {
  updateActionPlanSchema,
  type ActionPlanDetail,
  type ActionPlanSummary,
  type OrgUnit,
} from '@samla/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { useFormValidation } from '../components/useFormValidation';
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
  const validation = useFormValidation(updateActionPlanSchema, {
    ...planValues(details),
    version: baseVersion,
  });

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

  const save = useMutation({
    mutationFn: (input: Parameters<typeof updatePlan>[2]) => updatePlan(code, plan.id, input),
    onSuccess: (saved) => {
      store(saved);
      onSaved(saved);
    },
    onError: (error) => validation.showServerIssues(error, formRef.current),
  });
  const current = staleCurrent<ActionPlanSummary>(save.error);

  const reload = (latest: ActionPlanSummary) => {
    store(latest);
    setDetails(planDetailsOf(latest));
    setBaseVersion(latest.version);
    validation.reset();
    save.reset();
    announce(tc('conflict.reloaded'));
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = validation.validate(formRef.current);
    if (input) save.mutate(input);
  };

  const owner = units.find((u) => u.id === current?.ownerUnitId)?.name;
  return (
    <form
      ref={formRef}
      className="form panel"
      onSubmit={onSubmit}
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
        <ErrorAlert error={save.error} extra={validation.otherServerIssues} />
      )}
      <PlanFields
        idPrefix="edit-plan"
        values={details}
        onChange={setDetails}
        errorFor={validation.errorFor}
        units={units}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('plans.plan.saving') : t('plans.plan.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {tc('form.cancel')}
        </button>
      </div>
    </form>
  );
}
