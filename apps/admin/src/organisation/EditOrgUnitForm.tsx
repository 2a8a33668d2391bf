import { type OrgUnit, updateOrgUnitSchema } from '@samla/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { SubmitButton } from '../components/SubmitButton';
import { useValidatedMutation } from '../components/useValidatedMutation';
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

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, []);

  const form = useValidatedMutation({
    schema: updateOrgUnitSchema,
    values: {
      ...details,
      kind: details.kind || undefined,
      version: baseVersion,
    },
    mutationFn: (input: Parameters<typeof updateOrgUnit>[2]) => updateOrgUnit(code, unit.id, input),
    onSuccess: (saved) => {
      queryClient.setQueryData<OrgUnit[]>(orgUnitsKey(code), (list) => replaceUnit(list, saved));
      void queryClient.invalidateQueries({ queryKey: orgUnitsKey(code) });
      onSaved(saved);
    },
  });
  const save = form.mutation;
  const current = staleCurrent(save.error);

  const reload = (latest: OrgUnit) => {
    queryClient.setQueryData<OrgUnit[]>(orgUnitsKey(code), (list) => replaceUnit(list, latest));
    void queryClient.invalidateQueries({ queryKey: orgUnitsKey(code) });
    setDetails(detailsOf(latest));
    setBaseVersion(latest.version);
    form.reset();
    announce(t('orgUnits.conflict.reloaded'));
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  };

  const headingId = `edit-${unit.id}-heading`;
  return (
    <form
      ref={formRef}
      className="form panel"
      onSubmit={form.onSubmit}
      noValidate
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>{t('orgUnits.edit.heading', { name: unit.name })}</h3>
      {current ? (
        <StaleVersionNotice current={current} units={units} onReload={() => reload(current)} />
      ) : (
        <ErrorAlert error={save.error} extra={form.otherServerIssues} />
      )}
      <OrgUnitFields
        idPrefix={`edit-${unit.id}`}
        values={details}
        onChange={setDetails}
        errorFor={form.errorFor}
      />
      <div className="form__actions">
        <SubmitButton
          pending={save.isPending}
          label={t('orgUnits.edit.submit')}
          pendingLabel={t('orgUnits.edit.submitting')}
        />
        <button type="button" className="button" onClick={onCancel}>
          {tc('form.cancel')}
        </button>
      </div>
    </form>
  );
}
