import { createAssignmentSchema, type Decision, type OrgUnit } from '@samla/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { RadioGroup, SelectField, TextField } from '../components/Field';
import { PanelForm } from '../components/PanelForm';
import { SubmitButton } from '../components/SubmitButton';
import { useValidatedMutation } from '../components/useValidatedMutation';
import { useFormat } from '../plans/format';
import { UnitOptions } from '../plans/UnitOptions';
import { caseKey, casesKey, createAssignment } from './governance.api';
import { bodyLabel } from './labels';
import '../i18n/governance';

interface FormProps {
  code: string;
  caseId: string;
  decisions: Decision[];
  units: readonly OrgUnit[];
  unitsById: ReadonlyMap<string, OrgUnit>;
  announce: (message: string) => void;
}

const EMPTY = {
  decisionId: '',
  title: '',
  responsibleUnitId: '',
  responsibleRole: '',
  reportToUnitId: '',
  dueKind: 'date',
  dueDate: '',
  dueMeetingMonth: '',
};

/** Nytt uppdrag: who reports back, to which body, by a date or at a meeting ("i juni"). */
export function AssignmentForm(props: FormProps) {
  const { code, caseId, decisions, units, unitsById, announce } = props;
  const { t } = useTranslation('governance');
  const format = useFormat();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(EMPTY);
  const set = (key: keyof typeof EMPTY) => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const form = useValidatedMutation({
    schema: createAssignmentSchema,
    values: {
      decisionId: draft.decisionId || null,
      title: draft.title,
      responsibleUnitId: draft.responsibleUnitId || null,
      responsibleRole: draft.responsibleRole,
      reportToUnitId: draft.reportToUnitId || null,
      dueDate: draft.dueKind === 'date' ? draft.dueDate || null : null,
      dueMeetingMonth: draft.dueKind === 'meeting' ? draft.dueMeetingMonth.trim() || null : null,
    },
    mutationFn: (input: Parameters<typeof createAssignment>[2]) =>
      createAssignment(code, caseId, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: caseKey(code, caseId) });
      void queryClient.invalidateQueries({ queryKey: [...casesKey(code), 'list'] });
      announce(t('assignmentForm.saved'));
      setDraft(EMPTY);
    },
    resetOnSuccess: true,
  });
  const save = form.mutation;

  return (
    <PanelForm onSubmit={form.onSubmit} heading={t('assignmentForm.heading')}>
      <ErrorAlert error={save.error} extra={form.otherServerIssues} />
      <TextField
        id="assignment-title"
        name="title"
        label={t('assignmentForm.title')}
        value={draft.title}
        onChange={set('title')}
        error={form.errorFor('title')}
        required
        autoComplete="off"
      />
      <SelectField
        id="assignment-decisionId"
        name="decisionId"
        label={t('assignmentForm.decision')}
        value={draft.decisionId}
        onChange={set('decisionId')}
        error={form.errorFor('decisionId')}
      >
        <option value="">{t('assignmentForm.noDecision')}</option>
        {decisions.map((d) => {
          const date = d.meetingDate ?? d.proposedOn;
          return (
            <option key={d.id} value={d.id}>
              {bodyLabel(unitsById.get(d.bodyUnitId))} {date ? format.date(date) : ''}
              {d.paragraph ? ` § ${d.paragraph.replace(/^§\s*/, '')}` : ''}
            </option>
          );
        })}
      </SelectField>
      <div className="field-row">
        <SelectField
          id="assignment-responsibleUnitId"
          name="responsibleUnitId"
          label={t('assignmentForm.responsibleUnit')}
          value={draft.responsibleUnitId}
          onChange={set('responsibleUnitId')}
          error={form.errorFor('responsibleUnitId')}
        >
          <UnitOptions units={units} empty={t('assignmentForm.noUnit')} />
        </SelectField>
        <TextField
          id="assignment-responsibleRole"
          name="responsibleRole"
          label={t('assignmentForm.responsibleRole')}
          hint={t('assignmentForm.responsibleRoleHint')}
          value={draft.responsibleRole}
          onChange={set('responsibleRole')}
          error={form.errorFor('responsibleRole')}
          autoComplete="off"
        />
      </div>
      <SelectField
        id="assignment-reportToUnitId"
        name="reportToUnitId"
        label={t('assignmentForm.reportTo')}
        value={draft.reportToUnitId}
        onChange={set('reportToUnitId')}
        error={form.errorFor('reportToUnitId')}
      >
        <UnitOptions units={units} empty={t('assignmentForm.noUnit')} />
      </SelectField>
      <RadioGroup
        id="assignment-dueKind"
        name="dueKind"
        legend={t('assignmentForm.dueKind')}
        value={draft.dueKind}
        onChange={set('dueKind')}
        choices={[
          { value: 'date', label: t('assignmentForm.dueDate') },
          { value: 'meeting', label: t('assignmentForm.dueMeeting') },
          { value: 'none', label: t('assignmentForm.dueNone') },
        ]}
      />
      {draft.dueKind === 'date' ? (
        <TextField
          id="assignment-dueDate"
          name="dueDate"
          type="date"
          label={t('assignmentForm.dueDateLabel')}
          value={draft.dueDate}
          onChange={set('dueDate')}
          error={form.errorFor('dueDate')}
          className="field__control--short"
        />
      ) : null}
      {draft.dueKind === 'meeting' ? (
        <TextField
          id="assignment-dueMeetingMonth"
          name="dueMeetingMonth"
          label={t('assignmentForm.dueMonthLabel')}
          hint={t('assignmentForm.dueMonthHint')}
          value={draft.dueMeetingMonth}
          onChange={set('dueMeetingMonth')}
          error={form.errorFor('dueMeetingMonth')}
          className="field__control--short"
          autoComplete="off"
        />
      ) : null}
      <div className="form__actions">
        <SubmitButton
          pending={save.isPending}
          label={t('assignmentForm.submit')}
          pendingLabel={t('assignmentForm.submitting')}
        />
      </div>
    </PanelForm>
  );
}
