import { createMemberSchema, type Forum, MEMBER_ROLES } from '@samla/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { RadioGroup, SelectField, TextField } from '../components/Field';
import { useFormValidation } from '../components/useFormValidation';
import { UnitOptions } from '../plans/UnitOptions';
import { addMember, forumsKey } from './collaboration.api';
import { usePartners } from './usePartners';
import '../i18n/collaboration';

interface FormProps {
  code: string;
  forum: Forum;
  announce: (message: string) => void;
}

const EMPTY = {
  party: 'partner',
  partnerId: '',
  orgUnitId: '',
  role: 'member',
  representative: '',
};

/** Lägg till medlem: a partner or one of the kommun's units, with a role. */
export function MemberForm({ code, forum, announce }: FormProps) {
  const { t } = useTranslation('collaboration');
  const queryClient = useQueryClient();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const names = usePartners(code);
  const [draft, setDraft] = useState(EMPTY);
  const set = (key: keyof typeof EMPTY) => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const isPartner = draft.party === 'partner';
  const validation = useFormValidation(createMemberSchema, {
    partnerId: isPartner ? draft.partnerId || null : null,
    orgUnitId: isPartner ? null : draft.orgUnitId || null,
    role: draft.role,
    representative: draft.representative,
  });

  const add = useMutation({
    mutationFn: (input: Parameters<typeof addMember>[2]) => addMember(code, forum.id, input),
    onSuccess: (member) => {
      void queryClient.invalidateQueries({ queryKey: forumsKey(code) });
      announce(t('memberForm.added', { name: names.memberName(member) }));
      setDraft(EMPTY);
      validation.reset();
    },
    onError: (error) => validation.showServerIssues(error, formRef.current),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = validation.validate(formRef.current);
    if (input) add.mutate(input);
  };

  // A member-party issue names partnerId; show it at whichever control is in view.
  const partyError = validation.errorFor('partnerId') ?? validation.errorFor('orgUnitId');
  return (
    <form
      ref={formRef}
      className="form panel"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{t('memberForm.heading')}</h2>
      <ErrorAlert error={add.error} extra={validation.otherServerIssues} />
      <RadioGroup
        id="member-party"
        name="party"
        legend={t('memberForm.kind')}
        value={draft.party}
        onChange={set('party')}
        choices={[
          { value: 'partner', label: t('memberForm.partner') },
          { value: 'unit', label: t('memberForm.unit') },
        ]}
      />
      {isPartner ? (
        <SelectField
          id="member-partnerId"
          name="partnerId"
          label={t('memberForm.partnerLabel')}
          value={draft.partnerId}
          onChange={set('partnerId')}
          error={partyError}
          required
        >
          <option value="">{t('memberForm.partnerPlaceholder')}</option>
          {names.partners.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      ) : (
        <SelectField
          id="member-orgUnitId"
          name="orgUnitId"
          label={t('memberForm.unitLabel')}
          value={draft.orgUnitId}
          onChange={set('orgUnitId')}
          error={partyError}
          required
        >
          <UnitOptions units={names.units} empty={t('memberForm.unitPlaceholder')} />
        </SelectField>
      )}
      <SelectField
        id="member-role"
        name="role"
        label={t('memberForm.role')}
        value={draft.role}
        onChange={set('role')}
        error={validation.errorFor('role')}
      >
        {MEMBER_ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="member-representative"
        name="representative"
        label={t('memberForm.representative')}
        hint={t('memberForm.representativeHint')}
        value={draft.representative}
        onChange={set('representative')}
        error={validation.errorFor('representative')}
        autoComplete="off"
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={add.isPending}>
          {add.isPending ? t('memberForm.submitting') : t('memberForm.submit')}
        </button>
      </div>
    </form>
  );
}
