import { type OrgUnit, updateOrgUnitSchema } from '@samla/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { useFormValidation } from '../components/useFormValidation';
import { orgUnitsKey, updateOrgUnit } from './orgUnits.api';
import { type OrgUnitDetails, OrgUnitFields } from './OrgUnitFields';
import { staleCurrent, StaleVersionNotice } from './StaleVersionNotice';
import { replaceUnit } from './tree';
import '../i18n/organisation';

interface EditOrgUnitFormProps {
  code: string;
  unit: OrgUnit;
  units: readonly OrgUnit[];
  onSaved: (unit: OrgUnit) => void;
  onCancel: () => void;
  announce: (message: string) => void;
}

const detailsOf = (unit: OrgUnit): OrgUnitDetails => ({
  name: unit.name,
  shortName: unit.shortName ?? '',
  kind: unit.kind,
});

/** Rename a unit, or change its short name or kind. */
export function EditOrgUnitForm({
  code,
  unit,
  units,
  onSaved,
  onCancel,
  announce,
}: EditOrgUnitFormProps) {
  const { t } = useTranslation('organisation');
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [details, setDetails] = useState(() => detailsOf(unit));
  // The version this edit is based on: it stays put while the list refreshes underneath.
  const [baseVersion, setBaseVersion] = useState(unit.version);
  const validation = useFormValidation(updateOrgUnitSchema, {
    ...details,
    kind: details.kind || undefined,
    version: baseVersion,
  });

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  const save = useMutation({
    mutationFn: (input: Parameters<typeof updateOrgUnit>[2]) => updateOrgUnit(code, unit.id, input),
    onSuccess: (saved) => {
      queryClient.setQueryData<OrgUnit[]>(orgUnitsKey(code), (list) => replaceUnit(list, saved));
      void queryClient.invalidateQueries({ queryKey: orgUnitsKey(code) });
      onSaved(saved);
    },
    onError: (error) => validation.showServerIssues(error, formRef.current),
  });
  const current = staleCurrent(save.error);

  const reload = (latest: OrgUnit) => {
    queryClient.setQueryData<OrgUnit[]>(orgUnitsKey(code), (list) => replaceUnit(list, latest));
    void queryClient.invalidateQueries({ queryKey: orgUnitsKey(code) });
    setDetails(detailsOf(latest));
    setBaseVersion(latest.version);
    validation.reset();
    save.reset();
    announce(t('orgUnits.conflict.reloaded'));
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = validation.validate(formRef.current);
    if (input) save.mutate(input);
  };

  const headingId = `edit-${unit.id}-heading`;
  return (
    <form
      ref={formRef}
      className="form panel"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>{t('orgUnits.edit.heading', { name: unit.name })}</h3>
      {current ? (
        <StaleVersionNotice current={current} units={units} onReload={() => reload(current)} />
      ) : (
        <ErrorAlert error={save.error} extra={validation.otherServerIssues} />
      )}
      <OrgUnitFields
        idPrefix={`edit-${unit.id}`}
        values={details}
        onChange={setDetails}
        errorFor={validation.errorFor}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('orgUnits.edit.submitting') : t('orgUnits.edit.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {tc('form.cancel')}
        </button>
      </div>
    </form>
  );
}
