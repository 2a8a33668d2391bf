import {
  ASSESSMENT_RATINGS,
  createAssessmentSchema,
  type Forum,
  type Meeting,
} from '@samla/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { RadioGroup, TextAreaField, TextField } from '../components/Field';
import { PanelForm } from '../components/PanelForm';
import { SubmitButton } from '../components/SubmitButton';
import { useValidatedMutation } from '../components/useValidatedMutation';
import { createAssessment, forumsKey } from './collaboration.api';
import '../i18n/collaboration';

interface FormProps {
  code: string;
  forum: Forum;
  meetings: Meeting[];
  announce: (message: string) => void;
}

/** Bedöm samverkan: a rating on the four-step scale and a comment, kept in the history. */
export function AssessmentForm({ code, forum, meetings, announce }: FormProps) {
  const { t } = useTranslation('collaboration');
  const queryClient = useQueryClient();
  const [date, setDate] = useState('');
  const [rating, setRating] = useState('');
  const [comment, setComment] = useState('');
  // An assessment made at a meeting belongs to it (as Trelleborg's of 2020-10-01 does).
  const meetingId = meetings.find((m) => m.date === date)?.id ?? null;

  const form = useValidatedMutation({
    schema: createAssessmentSchema,
    values: {
      date: date || null,
      rating: rating === '' ? null : Number(rating),
      comment,
      meetingId,
    },
    mutationFn: (input: Parameters<typeof createAssessment>[2]) =>
      createAssessment(code, forum.id, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: forumsKey(code) });
      announce(t('assessmentForm.added'));
      setDate('');
      setRating('');
      setComment('');
    },
    resetOnSuccess: true,
  });
  const save = form.mutation;

  return (
    <PanelForm onSubmit={form.onSubmit} heading={t('assessmentForm.heading')}>
      <p>{t('assessmentForm.intro')}</p>
      <ErrorAlert error={save.error} extra={form.otherServerIssues} />
      <TextField
        id="assessment-date"
        name="date"
        type="date"
        label={t('assessmentForm.date')}
        value={date}
        onChange={setDate}
        error={form.errorFor('date')}
        className="field__control--short"
        required
      />
      <RadioGroup
        id="assessment-rating"
        name="rating"
        legend={t('assessmentForm.rating')}
        value={rating}
        onChange={setRating}
        error={form.errorFor('rating')}
        required
        choices={[...ASSESSMENT_RATINGS].reverse().map((r) => ({
          value: String(r),
          label: `${r} – ${t(`ratings.${String(r) as '1' | '2' | '3' | '4'}`)}`,
        }))}
      />
      <TextAreaField
        id="assessment-comment"
        name="comment"
        label={t('assessmentForm.comment')}
        value={comment}
        onChange={setComment}
        error={form.errorFor('comment')}
        rows={3}
      />
      <div className="form__actions">
        <SubmitButton
          pending={save.isPending}
          label={t('assessmentForm.submit')}
          pendingLabel={t('assessmentForm.submitting')}
        />
      </div>
    </PanelForm>
  );
}
