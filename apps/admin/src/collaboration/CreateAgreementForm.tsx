import { createAgreementSchema, SIGNATORY_LEVELS } from '@samla/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { SelectField, TextField } from '../components/Field';
import { useFormValidation } from '../components/useFormValidation';
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
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const { partners, units } = usePartners(code);
  const [draft, setDraft] = useState(EMPTY);
  const set = (key: keyof typeof EMPTY) => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const validation = useFormValidation(createAgreementSchema, {
    partnerId: draft.partnerId || null,
    subject: draft.subject,
    signedOn: draft.signedOn || null,
    signatoryLevel: draft.signatoryLevel,
    signedBy: draft.signedBy,
    lastFollowUpOn: draft.lastFollowUpOn || null,
    responsibleUnitId: draft.responsibleUnitId || null,
  });

  const create = useMutation({
    mutationFn: (input: Parameters<typeof createAgreement>[1]) => createAgreement(code, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: agreementsKey(code) });
      announce(t('agreements.create.created'));
      setDraft(EMPTY);
      validation.reset();
    },
    onError: (error) => validation.showServerIssues(error, formRef.current),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = validation.validate(formRef.current);
    if (input) create.mutate(input);
  };

  return (
    <form
      ref={formRef}
      className="form panel"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{t('agreements.create.heading')}</h2>
      <ErrorAlert error={create.error} extra={validation.otherServerIssues} />
      <SelectField
        id="agreement-partnerId"
        name="partnerId"
        label={t('agreements.create.partner')}
        value={draft.partnerId}
        onChange={set('partnerId')}
        error={validation.errorFor('partnerId')}
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
        error={validation.errorFor('subject')}
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
          error={validation.errorFor('signedOn')}
          required
        />
        <TextField
          id="agreement-lastFollowUpOn"
          name="lastFollowUpOn"
          type="date"
          label={t('agreements.create.lastFollowUpOn')}
          value={draft.lastFollowUpOn}
          onChange={set('lastFollowUpOn')}
          error={validation.errorFor('lastFollowUpOn')}
        />
      </div>
      <SelectField
        id="agreement-signatoryLevel"
        name="signatoryLevel"
        label={t('agreements.create.signatoryLevel')}
        value={draft.signatoryLevel}
        onChange={set('signatoryLevel')}
        error={validation.errorFor('signatoryLevel')}
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
        error={validation.errorFor('signedBy')}
        autoComplete="off"
      />
      <SelectField
        id="agreement-responsibleUnitId"
        name="responsibleUnitId"
        label={t('agreements.create.responsibleUnit')}
        value={draft.responsibleUnitId}
        onChange={set('responsibleUnitId')}
        error={validation.errorFor('responsibleUnitId')}
      >
        <UnitOptions units={units} empty={t('agreements.create.noUnit')} />
      </SelectField>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t('agreements.create.submitting') : t('agreements.create.submit')}
        </button>
      </div>
    </form>
  );
}
