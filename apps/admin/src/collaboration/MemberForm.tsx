import { createMemberSchema, type Forum, MEMBER_ROLES } from '@samla/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { RadioGroup, SelectField, TextField } from '../components/Field';
import { PanelForm } from '../components/PanelForm';
import { SubmitButton } from '../components/SubmitButton';
import { useValidatedMutation } from '../components/useValidatedMutation';
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
  const names = usePartners(code);
  const [draft, setDraft] = useState(EMPTY);
  const set = (key: keyof typeof EMPTY) => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const isPartner = draft.party === 'partner';

  const form = useValidatedMutation({
    schema: createMemberSchema,
    values: {
      partnerId: isPartner ? draft.partnerId || null : null,
      orgUnitId: isPartner ? null : draft.orgUnitId || null,
      role: draft.role,
      representative: draft.representative,
    },
    mutationFn: (input: Parameters<typeof addMember>[2]) => addMember(code, forum.id, input),
    onSuccess: (member) => {
      void queryClient.invalidateQueries({ queryKey: forumsKey(code) });
      announce(t('memberForm.added', { name: names.memberName(member) }));
      setDraft(EMPTY);
    },
    resetOnSuccess: true,
  });
  const add = form.mutation;

  // A member-party issue names partnerId; show it at whichever control is in view.
  const partyError = form.errorFor('partnerId') ?? form.errorFor('orgUnitId');
  return (
    <PanelForm onSubmit={form.onSubmit} heading={t('memberForm.heading')}>
      <ErrorAlert error={add.error} extra={form.otherServerIssues} />
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
        error={form.errorFor('role')}
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
        error={form.errorFor('representative')}
        autoComplete="off"
      />
      <div className="form__actions">
        <SubmitButton
          pending={add.isPending}
          label={t('memberForm.submit')}
          pendingLabel={t('memberForm.submitting')}
        />
      </div>
    </PanelForm>
  );
}
