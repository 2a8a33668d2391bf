import { updateActivitySchema, type ActionPlanDetail, type Activity } from '@samla/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { SubmitButton } from '../components/SubmitButton';
import { useValidatedMutation } from '../components/useValidatedMutation';
import { activityValues, draftOf } from './activity-draft';
import { ActivityFields } from './ActivityFields';
import { useActivityFacts } from './ActivityFacts';
import { activityKey, planKey, plansKey, updateActivity } from './plans.api';
import { useMethods, useOrgUnits } from './references';
import { staleCurrent, StaleNotice } from './StaleNotice';
import '../i18n/plans';

interface EditActivityFormProps {
  code: string;
  activity: Activity;
  plan: ActionPlanDetail;
  onSaved: (activity: Activity) => void;
  onCancel: () => void;
  announce: (message: string) => void;
}

/** Ändra aktiviteten. Someone else's newer save answers 409: their values are shown first. */
export function EditActivityForm(props: EditActivityFormProps) {
  const { code, activity, plan, onSaved, onCancel, announce } = props;
  const { t } = useTranslation('plans');
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const { units } = useOrgUnits(code);
  const { methods } = useMethods();
  const facts = useActivityFacts(code, plan.goals);
  const [draft, setDraft] = useState(() => draftOf(activity));
  // The version this edit is based on: it stays put while the activity refreshes underneath.
  const [baseVersion, setBaseVersion] = useState(activity.version);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  const refreshCaches = (saved: Activity) => {
    queryClient.setQueryData(activityKey(code, saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: planKey(code, plan.id) });
    void queryClient.invalidateQueries({ queryKey: plansKey(code), exact: true });
  };

  const form = useValidatedMutation({
    schema: updateActivitySchema,
    values: {
      ...activityValues(draft),
      version: baseVersion,
    },
    mutationFn: (input: Parameters<typeof updateActivity>[2]) =>
      updateActivity(code, activity.id, input),
    onSuccess: (saved) => {
      refreshCaches(saved);
      onSaved(saved);
    },
  });
  const save = form.mutation;
  const current = staleCurrent<Activity>(save.error);

  const reload = (latest: Activity) => {
    refreshCaches(latest);
    setDraft(draftOf(latest));
    setBaseVersion(latest.version);
    form.reset();
    announce(tc('conflict.reloaded'));
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  };

  return (
    <form
      ref={formRef}
      className="form panel panel--wide"
      onSubmit={form.onSubmit}
      noValidate
      aria-labelledby="edit-activity-heading"
    >
      <h2 id="edit-activity-heading">{t('plans.activityForm.editHeading')}</h2>
      {current ? (
        <StaleNotice facts={facts(current)} onReload={() => reload(current)} />
      ) : (
        <ErrorAlert error={save.error} extra={form.otherServerIssues} />
      )}
      <ActivityFields
        idPrefix="edit-activity"
        values={draft}
        onChange={setDraft}
        errorFor={form.errorFor}
        goals={plan.goals}
        units={units}
        methods={methods}
      />
      <div className="form__actions">
        <SubmitButton
          pending={save.isPending}
          label={t('plans.activityForm.save')}
          pendingLabel={t('plans.activityForm.saving')}
        />
        <button type="button" className="button" onClick={onCancel}>
          {tc('form.cancel')}
        </button>
      </div>
    </form>
  );
}
