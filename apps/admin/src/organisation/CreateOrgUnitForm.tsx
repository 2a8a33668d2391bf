import { createOrgUnitSchema, type OrgUnit } from '@samla/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { SelectField } from '../components/Field';
import { SubmitButton } from '../components/SubmitButton';
import { useValidatedMutation } from '../components/useValidatedMutation';
import { createOrgUnit, orgUnitsKey } from './orgUnits.api';
import { type OrgUnitDetails, OrgUnitFields } from './OrgUnitFields';
import { ParentOptions } from './ParentOptions';
import '../i18n/organisation';

interface CreateOrgUnitFormProps {
  code: string;
  units: readonly OrgUnit[];
  onCreated: (unit: OrgUnit) => void;
}

const EMPTY: OrgUnitDetails = { name: '', shortName: '', kind: '' };

/** Ny enhet: name, short name, kind and parent. */
export function CreateOrgUnitForm({ code, units, onCreated }: CreateOrgUnitFormProps) {
  const { t } = useTranslation('organisation');
  const queryClient = useQueryClient();
  const [details, setDetails] = useState(EMPTY);
  const [parentId, setParentId] = useState('');

  const form = useValidatedMutation({
    schema: createOrgUnitSchema,
    values: {
      ...details,
      kind: details.kind || undefined,
      parentId: parentId || null,
    },
    mutationFn: (input: Parameters<typeof createOrgUnit>[1]) => createOrgUnit(code, input),
    onSuccess: (unit) => {
      queryClient.setQueryData<OrgUnit[]>(orgUnitsKey(code), (list) => list && [...list, unit]);
      void queryClient.invalidateQueries({ queryKey: orgUnitsKey(code) });
      setDetails(EMPTY);
      onCreated(unit);
    },
    resetOnSuccess: true,
  });
  const create = form.mutation;

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate aria-labelledby="create-heading">
      <h2 id="create-heading">{t('orgUnits.create.heading')}</h2>
      <ErrorAlert error={create.error} extra={form.otherServerIssues} />
      <OrgUnitFields
        idPrefix="create"
        values={details}
        onChange={setDetails}
        errorFor={form.errorFor}
      />
      <SelectField
        id="create-parent"
        name="parentId"
        label={t('orgUnits.fields.parent')}
        value={parentId}
        onChange={setParentId}
        error={form.errorFor('parentId')}
      >
        <ParentOptions units={units} />
      </SelectField>
      <div className="form__actions">
        <SubmitButton
          pending={create.isPending}
          label={t('orgUnits.create.submit')}
          pendingLabel={t('orgUnits.create.submitting')}
        />
      </div>
    </form>
  );
}
