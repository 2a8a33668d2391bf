import { createDecisionSchema, type OrgUnit } from '@samla/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import {
  CheckboxGroup,
  RadioGroup,
  SelectField,
  TextAreaField,
  TextField,
} from '../components/Field';
import { PanelForm } from '../components/PanelForm';
import { SubmitButton } from '../components/SubmitButton';
import { useValidatedMutation } from '../components/useValidatedMutation';
import { UnitOptions, unitChoices } from '../plans/UnitOptions';
import { AppealPreview } from './AppealPreview';
import { caseKey, casesKey, createDecision } from './governance.api';
import '../i18n/governance';

interface FormProps {
  code: string;
  caseId: string;
  units: readonly OrgUnit[];
  announce: (message: string) => void;
}

const EMPTY = {
  status: 'decided',
  bodyUnitId: '',
  meetingDate: '',
  paragraph: '',
  points: '',
  proposedOn: '',
  justeringOn: '',
  noticePostedOn: '',
  noticeRemovedOn: '',
  sentToOthers: '',
  summary: '',
};

/** One line per decision point or recipient; blank lines do not count. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * Registrera beslut: the deciding body, meeting, §, the decision points, who it is sent to,
 * and the protocol's justering and anslag. The appeal window shows as the anslag is typed.
 */
export function DecisionForm({ code, caseId, units, announce }: FormProps) {
  const { t } = useTranslation('governance');
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(EMPTY);
  const [sentTo, setSentTo] = useState<string[]>([]);
  const set = (key: keyof typeof EMPTY) => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const proposed = draft.status === 'proposed';
  const date = (value: string) => value || null;
  const points = lines(draft.points);
  const form = useValidatedMutation({
    schema: createDecisionSchema,
    values: {
      status: draft.status,
      bodyUnitId: draft.bodyUnitId || null,
      meetingDate: date(draft.meetingDate),
      paragraph: draft.paragraph,
      points,
      proposedOn: proposed ? date(draft.proposedOn) : null,
      justeringOn: proposed ? null : date(draft.justeringOn),
      noticePostedOn: proposed ? null : date(draft.noticePostedOn),
      noticeRemovedOn: proposed ? null : date(draft.noticeRemovedOn),
      sentToUnitIds: sentTo,
      sentToOthers: lines(draft.sentToOthers),
      summary: draft.summary,
    },
    mutationFn: (input: Parameters<typeof createDecision>[2]) =>
      createDecision(code, caseId, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: caseKey(code, caseId) });
      void queryClient.invalidateQueries({ queryKey: [...casesKey(code), 'list'] });
      announce(t('decisionForm.saved'));
      setDraft(EMPTY);
      setSentTo([]);
    },
    resetOnSuccess: true,
  });
  const save = form.mutation;
  const pointsError =
    form.errorFor('points') ?? points.map((_, i) => form.errorFor(`points.${i}`)).find(Boolean);

  return (
    <PanelForm onSubmit={form.onSubmit} heading={t('decisionForm.heading')}>
      <ErrorAlert error={save.error} extra={form.otherServerIssues} />
      <RadioGroup
        id="decision-status"
        name="status"
        legend={t('decisionForm.status')}
        value={draft.status}
        onChange={set('status')}
        choices={[
          { value: 'decided', label: t('decisionStatuses.decided') },
          { value: 'proposed', label: t('decisionStatuses.proposed') },
        ]}
      />
      <SelectField
        id="decision-bodyUnitId"
        name="bodyUnitId"
        label={t('decisionForm.body')}
        value={draft.bodyUnitId}
        onChange={set('bodyUnitId')}
        error={form.errorFor('bodyUnitId')}
        required
      >
        <UnitOptions units={units} empty={t('decisionForm.bodyPlaceholder')} />
      </SelectField>
      <div className="field-row">
        <TextField
          id="decision-meetingDate"
          name="meetingDate"
          type="date"
          label={t('decisionForm.meetingDate')}
          value={draft.meetingDate}
          onChange={set('meetingDate')}
          error={form.errorFor('meetingDate')}
          required={!proposed}
        />
        <TextField
          id="decision-paragraph"
          name="paragraph"
          label={t('decisionForm.paragraph')}
          hint={t('decisionForm.paragraphHint')}
          value={draft.paragraph}
          onChange={set('paragraph')}
          error={form.errorFor('paragraph')}
          autoComplete="off"
        />
      </div>
      {proposed ? (
        <TextField
          id="decision-proposedOn"
          name="proposedOn"
          type="date"
          label={t('decisionForm.proposedOn')}
          value={draft.proposedOn}
          onChange={set('proposedOn')}
          error={form.errorFor('proposedOn')}
          className="field__control--short"
        />
      ) : null}
      <TextAreaField
        id="decision-points"
        name="points"
        label={t('decisionForm.points')}
        hint={t('decisionForm.pointsHint')}
        value={draft.points}
        onChange={set('points')}
        error={pointsError}
        required
        rows={4}
      />
      <CheckboxGroup
        id="decision-sentTo"
        name="sentToUnitIds"
        legend={t('decisionForm.sentTo')}
        choices={unitChoices(units)}
        values={sentTo}
        onChange={setSentTo}
        error={form.errorFor('sentToUnitIds')}
        scroll
      />
      <TextAreaField
        id="decision-sentToOthers"
        name="sentToOthers"
        label={t('decisionForm.sentToOthers')}
        hint={t('decisionForm.sentToOthersHint')}
        value={draft.sentToOthers}
        onChange={set('sentToOthers')}
        error={form.errorFor('sentToOthers')}
        rows={2}
      />
      {proposed ? null : (
        <>
          <div className="field-row">
            <TextField
              id="decision-justeringOn"
              name="justeringOn"
              type="date"
              label={t('decisionForm.justeringOn')}
              value={draft.justeringOn}
              onChange={set('justeringOn')}
              error={form.errorFor('justeringOn')}
            />
            <TextField
              id="decision-noticePostedOn"
              name="noticePostedOn"
              type="date"
              label={t('decisionForm.noticePostedOn')}
              value={draft.noticePostedOn}
              onChange={set('noticePostedOn')}
              error={form.errorFor('noticePostedOn')}
            />
            <TextField
              id="decision-noticeRemovedOn"
              name="noticeRemovedOn"
              type="date"
              label={t('decisionForm.noticeRemovedOn')}
              value={draft.noticeRemovedOn}
              onChange={set('noticeRemovedOn')}
              error={form.errorFor('noticeRemovedOn')}
            />
          </div>
          <AppealPreview noticePostedOn={draft.noticePostedOn} />
        </>
      )}
      <TextAreaField
        id="decision-summary"
        name="summary"
        label={t('decisionForm.summary')}
        value={draft.summary}
        onChange={set('summary')}
        error={form.errorFor('summary')}
        rows={2}
      />
      <div className="form__actions">
        <SubmitButton
          pending={save.isPending}
          label={t('decisionForm.submit')}
          pendingLabel={t('decisionForm.submitting')}
        />
      </div>
    </PanelForm>
  );
}
