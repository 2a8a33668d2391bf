import {
  ACTIVITY_STATUSES,
  createProgressUpdateSchema,
  isoDateIn,
  type Activity,
  type ActivityStatus,
} from '@samla/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { SelectField, TextAreaField, TextField } from '../components/Field';
import { SubmitButton } from '../components/SubmitButton';
import { useValidatedMutation } from '../components/useValidatedMutation';
import { parseWhole, useFormat } from './format';
import {
  activityKey,
  createProgressUpdate,
  planKey,
  plansKey,
  progressUpdatesKey,
} from './plans.api';
import { staleCurrent, StaleNotice } from './StaleNotice';
import { usePlanLabels } from './usePlanLabels';
import '../i18n/plans';

interface ProgressUpdateFormProps {
  code: string;
  activity: Activity;
  announce: (message: string) => void;
}

/**
 * Följ upp: date (today by default, Swedish time), status, progress and a comment. Shown to
 * editors and contributors; whether a contributor may report on this activity is the API's
 * call (403 not_your_activity, whose message is shown).
 */
export function ProgressUpdateForm({ code, activity, announce }: ProgressUpdateFormProps) {
  const { t } = useTranslation('plans');
  const { t: tc } = useTranslation();
  const labels = usePlanLabels();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [date, setDate] = useState(() => isoDateIn(new Date()));
  const [status, setStatus] = useState<ActivityStatus>(activity.status);
  const [progress, setProgress] = useState(String(activity.progress));
  const [comment, setComment] = useState('');

  const form = useValidatedMutation({
    schema: createProgressUpdateSchema,
    values: {
      activityVersion: activity.version,
      date,
      status,
      progress: parseWhole(progress),
      comment,
    },
    mutationFn: (input: Parameters<typeof createProgressUpdate>[2]) =>
      createProgressUpdate(code, activity.id, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: activityKey(code, activity.id) });
      void queryClient.invalidateQueries({ queryKey: planKey(code, activity.planId) });
      void queryClient.invalidateQueries({ queryKey: plansKey(code), exact: true });
      setComment('');
      announce(t('plans.followUp.saved'));
    },
    resetOnSuccess: true,
  });
  const record = form.mutation;
  const current = staleCurrent<Activity>(record.error);

  const reload = (latest: Activity) => {
    queryClient.setQueryData(activityKey(code, latest.id), latest);
    void queryClient.invalidateQueries({ queryKey: progressUpdatesKey(code, latest.id) });
    setStatus(latest.status);
    setProgress(String(latest.progress));
    record.reset();
    announce(tc('conflict.reloaded'));
  };

  return (
    <form
      className="form panel"
      onSubmit={form.onSubmit}
      noValidate
      aria-labelledby="follow-up-heading"
    >
      <h2 id="follow-up-heading">{t('plans.followUp.heading')}</h2>
      {current ? (
        <StaleNotice
          facts={[
            [t('plans.fields.status'), labels.activityStatus[current.status]],
            [t('plans.fields.progressPercent'), format.percent(current.progress)],
            [
              t('plans.followUp.latest'),
              current.latestUpdate
                ? `${format.date(current.latestUpdate.date)}${current.latestUpdate.comment ? ` – ${current.latestUpdate.comment}` : ''}`
                : t('plans.none'),
            ],
          ]}
          onReload={() => reload(current)}
        />
      ) : (
        <ErrorAlert error={record.error} extra={form.otherServerIssues} />
      )}
      <div className="field-row">
        <TextField
          id="follow-up-date"
          name="date"
          type="date"
          label={t('plans.history.date')}
          required
          value={date}
          onChange={setDate}
          error={form.errorFor('date')}
        />
        <SelectField
          id="follow-up-status"
          name="status"
          label={t('plans.fields.status')}
          required
          value={status}
          onChange={(value) => setStatus(value as ActivityStatus)}
          error={form.errorFor('status')}
        >
          {ACTIVITY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {labels.activityStatus[s]}
            </option>
          ))}
        </SelectField>
        <TextField
          id="follow-up-progress"
          name="progress"
          label={t('plans.fields.progressPercent')}
          required
          inputMode="numeric"
          autoComplete="off"
          className="field__control--short"
          value={progress}
          onChange={setProgress}
          error={form.errorFor('progress')}
        />
      </div>
      <TextAreaField
        id="follow-up-comment"
        name="comment"
        label={t('plans.history.comment')}
        hint={t('plans.followUp.commentHint')}
        value={comment}
        onChange={setComment}
        error={form.errorFor('comment')}
      />
      <div className="form__actions">
        <SubmitButton
          pending={record.isPending}
          label={t('plans.followUp.submit')}
          pendingLabel={t('plans.followUp.submitting')}
        />
      </div>
    </form>
  );
}
