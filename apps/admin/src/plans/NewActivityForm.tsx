import { createActivitySchema, type ActionPlanDetail, type Activity } from '@samla/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { SubmitButton } from '../components/SubmitButton';
import { useValidatedMutation } from '../components/useValidatedMutation';
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

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  const form = useValidatedMutation({
    schema: createActivitySchema,
    values: {
      planId: plan.id,
      ...activityValues(draft),
    },
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
  });
  const create = form.mutation;

  return (
    <form
      ref={formRef}
      className="form panel panel--wide"
      onSubmit={form.onSubmit}
      noValidate
      aria-labelledby="new-activity-heading"
    >
      <h3 id="new-activity-heading">{t('plans.activityForm.createHeading')}</h3>
      <ErrorAlert error={create.error} extra={form.otherServerIssues} />
      <ActivityFields
        idPrefix="new-activity"
        values={draft}
        onChange={setDraft}
        errorFor={form.errorFor}
        goals={plan.goals}
        units={units}
        methods={methods}
      />
      <div className="form__actions">
        <SubmitButton
          pending={create.isPending}
          label={t('plans.activityForm.create')}
          pendingLabel={t('plans.activityForm.creating')}
        />
        <button type="button" className="button" onClick={onCancel}>
          {tc('form.cancel')}
        </button>
      </div>
    </form>
  );
}
