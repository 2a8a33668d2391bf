import {
  ASSESSMENT_RATINGS,
  createAssessmentSchema,
  type Forum,
  type Meeting,
} from '@samla/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { RadioGroup, TextAreaField, TextField } from '../components/Field';
import { useFormValidation } from '../components/useFormValidation';
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
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [date, setDate] = useState('');
  const [rating, setRating] = useState('');
  const [comment, setComment] = useState('');
  // An assessment made at a meeting belongs to it (as Trelleborg's of 2020-10-01 does).
  const meetingId = meetings.find((m) => m.date === date)?.id ?? null;
  const validation = useFormValidation(createAssessmentSchema, {
    date: date || null,
    rating: rating === '' ? null : Number(rating),
    comment,
    meetingId,
  });

  const save = useMutation({
    mutationFn: (input: Parameters<typeof createAssessment>[2]) =>
      createAssessment(code, forum.id, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: forumsKey(code) });
      announce(t('assessmentForm.added'));
      setDate('');
      setRating('');
      setComment('');
      validation.reset();
    },
    onError: (error) => validation.showServerIssues(error, formRef.current),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = validation.validate(formRef.current);
    if (input) save.mutate(input);
  };

  return (
    <form
      ref={formRef}
      className="form panel"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{t('assessmentForm.heading')}</h2>
      <p>{t('assessmentForm.intro')}</p>
      <ErrorAlert error={save.error} extra={validation.otherServerIssues} />
      <TextField
        id="assessment-date"
        name="date"
        type="date"
        label={t('assessmentForm.date')}
        value={date}
        onChange={setDate}
        error={validation.errorFor('date')}
        className="field__control--short"
        required
      />
      <RadioGroup
        id="assessment-rating"
        name="rating"
        legend={t('assessmentForm.rating')}
        value={rating}
        onChange={setRating}
        error={validation.errorFor('rating')}
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
        error={validation.errorFor('comment')}
        rows={3}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('assessmentForm.submitting') : t('assessmentForm.submit')}
        </button>
      </div>
    </form>
  );
}
