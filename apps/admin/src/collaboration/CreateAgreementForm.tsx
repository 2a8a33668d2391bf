import { createAgreementSchema, SIGNATORY_LEVELS } from '@samla/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { SelectField, TextField } from '../components/Field';
import { PanelForm } from '../components/PanelForm';
import { SubmitButton } from '../components/SubmitButton';
import { useValidatedMutation } from '../components/useValidatedMutation';
import { UnitOptions } from '../plans/UnitOptions';
import { agreementsKey, createAgreement } from './collaboration.api';
import { usePartners } from './usePartners';
import '../i18n/collaboration';

const EMPTY = {
  partnerId: '',
  subject: '',
  signedOn: '',
  signatoryLevel: '',
  signedBy: '',
  lastFollowUpOn: '',
  responsibleUnitId: '',
};

/** Ny överenskommelse with a partner: subject, signing, and the last follow-up if any. */
export function CreateAgreementForm({
  code,
  announce,
}: {
  code: string;
  announce: (message: string) => void;
}) {
  const { t } = useTranslation('collaboration');
  const queryClient = useQueryClient();
  const { partners, units } = usePartners(code);
  const [draft, setDraft] = useState(EMPTY);
  const set = (key: keyof typeof EMPTY) => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const form = useValidatedMutation({
    schema: createAgreementSchema,
    values: {
      partnerId: draft.partnerId || null,
      subject: draft.subject,
      signedOn: draft.signedOn || null,
      signatoryLevel: draft.signatoryLevel,
      signedBy: draft.signedBy,
      lastFollowUpOn: draft.lastFollowUpOn || null,
      responsibleUnitId: draft.responsibleUnitId || null,
    },
    mutationFn: (input: Parameters<typeof createAgreement>[1]) => createAgreement(code, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: agreementsKey(code) });
      announce(t('agreements.create.created'));
      setDraft(EMPTY);
    },
    resetOnSuccess: true,
  });
  const create = form.mutation;

  return (
    <PanelForm onSubmit={form.onSubmit} heading={t('agreements.create.heading')}>
      <ErrorAlert error={create.error} extra={form.otherServerIssues} />
      <SelectField
        id="agreement-partnerId"
        name="partnerId"
        label={t('agreements.create.partner')}
        value={draft.partnerId}
        onChange={set('partnerId')}
        error={form.errorFor('partnerId')}
        required
      >
        <option value="">{t('agreements.create.partnerPlaceholder')}</option>
        {partners.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <TextField
        id="agreement-subject"
        name="subject"
        label={t('agreements.create.subject')}
        value={draft.subject}
        onChange={set('subject')}
        error={form.errorFor('subject')}
        required
        autoComplete="off"
      />
      <div className="field-row">
        <TextField
          id="agreement-signedOn"
          name="signedOn"
          type="date"
          label={t('agreements.create.signedOn')}
          value={draft.signedOn}
          onChange={set('signedOn')}
          error={form.errorFor('signedOn')}
          required
        />
        <TextField
          id="agreement-lastFollowUpOn"
          name="lastFollowUpOn"
          type="date"
          label={t('agreements.create.lastFollowUpOn')}
          value={draft.lastFollowUpOn}
          onChange={set('lastFollowUpOn')}
          error={form.errorFor('lastFollowUpOn')}
        />
      </div>
      <SelectField
        id="agreement-signatoryLevel"
        name="signatoryLevel"
        label={t('agreements.create.signatoryLevel')}
        value={draft.signatoryLevel}
        onChange={set('signatoryLevel')}
        error={form.errorFor('signatoryLevel')}
        required
      >
        <option value="">{t('agreements.create.levelPlaceholder')}</option>
        {SIGNATORY_LEVELS.map((level) => (
          <option key={level} value={level}>
            {t(`signatoryLevels.${level}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="agreement-signedBy"
        name="signedBy"
        label={t('agreements.create.signedBy')}
        hint={t('agreements.create.signedByHint')}
        value={draft.signedBy}
        onChange={set('signedBy')}
        error={form.errorFor('signedBy')}
        autoComplete="off"
      />
      <SelectField
        id="agreement-responsibleUnitId"
        name="responsibleUnitId"
        label={t('agreements.create.responsibleUnit')}
        value={draft.responsibleUnitId}
        onChange={set('responsibleUnitId')}
        error={form.errorFor('responsibleUnitId')}
      >
        <UnitOptions units={units} empty={t('agreements.create.noUnit')} />
      </SelectField>
      <div className="form__actions">
        <SubmitButton
          pending={create.isPending}
          label={t('agreements.create.submit')}
          pendingLabel={t('agreements.create.submitting')}
        />
      </div>
    </PanelForm>
  );
}
