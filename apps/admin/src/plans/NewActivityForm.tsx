import { createActivitySchema, type ActionPlanDetail, type Activity } from '@samla/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { useFormValidation } from '../components/useFormValidation';
import { activityValues, emptyDraft } from './activity-draft';
import { ActivityFields } from './ActivityFields';
import { activityKey, createActivity, planKey, plansKey } from './plans.api';
import { useMethods, useOrgUnits } from './references';
import '../i18n/plans';

interface NewActivityFormProps {
  code: string;
  plan: ActionPlanDetail;
  onCreated: (activity: Activity) => void;
  onCancel: () => void;
}

/** Ny aktivitet: every field, checked with the API's own schema before it is sent. */
export function NewActivityForm({ code, plan, onCreated, onCancel }: NewActivityFormProps) {
  const { t } = useTranslation('plans');
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const { units } = useOrgUnits(code);
  const { methods } = useMethods();
  const [draft, setDraft] = useState(() => emptyDraft());
  const validation = useFormValidation(createActivitySchema, {
    planId: plan.id,
    ...activityValues(draft),
  });

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  const create = useMutation({
    mutationFn: (input: Parameters<typeof createActivity>[1]) => createActivity(code, input),
    onSuccess: (activity) => {
      queryClient.setQueryData(activityKey(code, activity.id), activity);
      queryClient.setQueryData<ActionPlanDetail>(
        planKey(code, plan.id),
        (current) =>
          current && {
            ...current,
            activities: [...current.activities, activity],
            activityCount: current.activityCount + 1,
          },
      );
      void queryClient.invalidateQueries({ queryKey: plansKey(code) });
      onCreated(activity);
    },
    onError: (error) => validation.showServerIssues(error, formRef.current),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = validation.validate(formRef.current);
    if (input) create.mutate(input);
  };

  return (
    <form
      ref={formRef}
      className="form panel panel--wide"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="new-activity-heading"
    >
      <h3 id="new-activity-heading">{t('plans.activityForm.createHeading')}</h3>
      <ErrorAlert error={create.error} extra={validation.otherServerIssues} />
      <ActivityFields
        idPrefix="new-activity"
        values={draft}
        onChange={setDraft}
        errorFor={validation.errorFor}
        goals={plan.goals}
        units={units}
        methods={methods}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t('plans.activityForm.creating') : t('plans.activityForm.create')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {tc('form.cancel')}
        </button>
      </div>
    </form>
  );
}
