import { createMeetingSchema, type Forum } from '@samla/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { CheckboxGroup, TextAreaField, TextField } from '../components/Field';
import { PanelForm } from '../components/PanelForm';
import { SubmitButton } from '../components/SubmitButton';
import { useValidatedMutation } from '../components/useValidatedMutation';
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
  const { memberName } = usePartners(code);
  const [date, setDate] = useState('');
  const [agenda, setAgenda] = useState('');
  const [notes, setNotes] = useState('');
  const [present, setPresent] = useState<string[]>([]);

  const form = useValidatedMutation({
    schema: createMeetingSchema,
    values: {
      date: date || null,
      agenda,
      notes,
      attendeeMemberIds: present,
    },
    mutationFn: (input: Parameters<typeof createMeeting>[2]) =>
      createMeeting(code, forum.id, input),
    onSuccess: (meeting) => {
      void queryClient.invalidateQueries({ queryKey: forumsKey(code) });
      announce(t('meetingForm.added', { date: format.date(meeting.date) }));
      setDate('');
      setAgenda('');
      setNotes('');
      setPresent([]);
    },
    resetOnSuccess: true,
  });
  const save = form.mutation;

  return (
    <PanelForm onSubmit={form.onSubmit} heading={t('meetingForm.heading')}>
      <ErrorAlert error={save.error} extra={form.otherServerIssues} />
      <TextField
        id="meeting-date"
        name="date"
        type="date"
        label={t('meetingForm.date')}
        value={date}
        onChange={setDate}
        error={form.errorFor('date')}
        className="field__control--short"
        required
      />
      <TextAreaField
        id="meeting-agenda"
        name="agenda"
        label={t('meetingForm.agenda')}
        value={agenda}
        onChange={setAgenda}
        error={form.errorFor('agenda')}
        rows={2}
      />
      <TextAreaField
        id="meeting-notes"
        name="notes"
        label={t('meetingForm.notes')}
        value={notes}
        onChange={setNotes}
        error={form.errorFor('notes')}
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
          error={form.errorFor('attendeeMemberIds')}
          scroll
        />
      ) : null}
      <div className="form__actions">
        <SubmitButton
          pending={save.isPending}
          label={t('meetingForm.submit')}
          pendingLabel={t('meetingForm.submitting')}
        />
      </div>
    </PanelForm>
  );
}
