import { createOrgUnitSchema, type OrgUnit } from '@samla/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { SelectField } from '../components/Field';
import { useFormValidation } from '../components/useFormValidation';
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
  const formRef = useRef<HTMLFormElement>(null);
  const [details, setDetails] = useState(EMPTY);
  const [parentId, setParentId] = useState('');
  const validation = useFormValidation(createOrgUnitSchema, {
    ...details,
    kind: details.kind || undefined,
    parentId: parentId || null,
  });

  const create = useMutation({
    mutationFn: (input: Parameters<typeof createOrgUnit>[1]) => createOrgUnit(code, input),
    onSuccess: (unit) => {
      queryClient.setQueryData<OrgUnit[]>(orgUnitsKey(code), (list) => list && [...list, unit]);
      void queryClient.invalidateQueries({ queryKey: orgUnitsKey(code) });
      setDetails(EMPTY);
      validation.reset();
      onCreated(unit);
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
      className="form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="create-heading"
    >
      <h2 id="create-heading">{t('orgUnits.create.heading')}</h2>
      <ErrorAlert error={create.error} extra={validation.otherServerIssues} />
      <OrgUnitFields
        idPrefix="create"
        values={details}
        onChange={setDetails}
        errorFor={validation.errorFor}
      />
      <SelectField
        id="create-parent"
        name="parentId"
        label={t('orgUnits.fields.parent')}
        value={parentId}
        onChange={setParentId}
        error={validation.errorFor('parentId')}
      >
        <ParentOptions units={units} />
      </SelectField>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? t('orgUnits.create.submitting') : t('orgUnits.create.submit')}
        </button>
      </div>
    </form>
  );
}
