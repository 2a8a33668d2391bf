import { createMeetingSchema, type Forum } from '@samla/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { CheckboxGroup, TextAreaField, TextField } from '../components/Field';
import { useFormValidation } from '../components/useFormValidation';
import { useFormat } from '../plans/format';
import { createMeeting, forumsKey } from './collaboration.api';
import { usePartners } from './usePartners';
import '../i18n/collaboration';

interface FormProps {
  code: string;
  forum: Forum;
  announce: (message: string) => void;
}

/** Registrera möte: date, agenda, notes and who was there. It counts towards the cadence. */
export function MeetingForm({ code, forum, announce }: FormProps) {
  const { t } = useTranslation('collaboration');
  const format = useFormat();
  const queryClient = useQueryClient();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { memberName } = usePartners(code);
  const [date, setDate] = useState('');
  const [agenda, setAgenda] = useState('');
  const [notes, setNotes] = useState('');
  const [present, setPresent] = useState<string[]>([]);
  const validation = useFormValidation(createMeetingSchema, {
    date: date || null,
    agenda,
    notes,
    attendeeMemberIds: present,
  });

  const save = useMutation({
    mutationFn: (input: Parameters<typeof createMeeting>[2]) =>
      createMeeting(code, forum.id, input),
    onSuccess: (meeting) => {
      void queryClient.invalidateQueries({ queryKey: forumsKey(code) });
      announce(t('meetingForm.added', { date: format.date(meeting.date) }));
      setDate('');
      setAgenda('');
      setNotes('');
      setPresent([]);
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
      <h2 id={headingId}>{t('meetingForm.heading')}</h2>
      <ErrorAlert error={save.error} extra={validation.otherServerIssues} />
      <TextField
        id="meeting-date"
        name="date"
        type="date"
        label={t('meetingForm.date')}
        value={date}
        onChange={setDate}
        error={validation.errorFor('date')}
        className="field__control--short"
        required
      />
      <TextAreaField
        id="meeting-agenda"
        name="agenda"
        label={t('meetingForm.agenda')}
        value={agenda}
        onChange={setAgenda}
        error={validation.errorFor('agenda')}
        rows={2}
      />
      <TextAreaField
        id="meeting-notes"
        name="notes"
        label={t('meetingForm.notes')}
        value={notes}
        onChange={setNotes}
        error={validation.errorFor('notes')}
        rows={3}
      />
      {forum.members.length > 0 ? (
        <CheckboxGroup
          id="meeting-attendees"
          name="attendeeMemberIds"
          legend={t('meetingForm.attendance')}
          choices={forum.members.map((m) => ({ value: m.id, label: memberName(m) }))}
          values={present}
          onChange={setPresent}
          error={validation.errorFor('attendeeMemberIds')}
          scroll
        />
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('meetingForm.submitting') : t('meetingForm.submit')}
        </button>
      </div>
    </form>
  );
}
