import { ERROR_MESSAGES, type OrgUnit, updateOrgUnitSchema, wouldCreateCycle } from '@samla/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { SelectField } from '../components/Field';
import { useFormValidation } from '../components/useFormValidation';
import { useLanguage } from '../i18n/useLanguage';
import { orgUnitsKey, updateOrgUnit } from './orgUnits.api';
import { ParentOptions } from './ParentOptions';
import { staleCurrent, StaleVersionNotice } from './StaleVersionNotice';
import { replaceUnit } from './tree';
import '../i18n/organisation';

interface MoveOrgUnitFormProps {
  code: string;
  unit: OrgUnit;
  units: readonly OrgUnit[];
  onMoved: (unit: OrgUnit) => void;
  onCancel: () => void;
  announce: (message: string) => void;
}

/** Move a unit under another parent. A unit cannot end up below itself. */
export function MoveOrgUnitForm({
  code,
  unit,
  units,
  onMoved,
  onCancel,
  announce,
}: MoveOrgUnitFormProps) {
  const { t } = useTranslation('organisation');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [parentId, setParentId] = useState(unit.parentId ?? '');
  const [baseVersion, setBaseVersion] = useState(unit.version);
  const [treeError, setTreeError] = useState<{ message: string; parentId: string } | null>(null);
  const validation = useFormValidation(updateOrgUnitSchema, {
    parentId: parentId || null,
    version: baseVersion,
  });

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('select')?.focus();
  }, []);

  const move = useMutation({
    mutationFn: (input: Parameters<typeof updateOrgUnit>[2]) => updateOrgUnit(code, unit.id, input),
    onSuccess: (saved) => {
      queryClient.setQueryData<OrgUnit[]>(orgUnitsKey(code), (list) => replaceUnit(list, saved));
      void queryClient.invalidateQueries({ queryKey: orgUnitsKey(code) });
      onMoved(saved);
    },
    onError: (error) => validation.showServerIssues(error, formRef.current),
  });
  const current = staleCurrent(move.error);

  const reload = (latest: OrgUnit) => {
    queryClient.setQueryData<OrgUnit[]>(orgUnitsKey(code), (list) => replaceUnit(list, latest));
    void queryClient.invalidateQueries({ queryKey: orgUnitsKey(code) });
    setParentId(latest.parentId ?? '');
    setBaseVersion(latest.version);
    validation.reset();
    move.reset();
    announce(t('orgUnits.conflict.reloaded'));
    formRef.current?.querySelector<HTMLElement>('select')?.focus();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = parentId || null;
    const treeProblem =
      target === (unit.parentId ?? null)
        ? t('orgUnits.move.unchanged')
        : wouldCreateCycle(units, unit.id, target)
          ? ERROR_MESSAGES[language].org_unit_cycle // the API's own words for its 409
          : null;
    if (treeProblem) {
      flushSync(() => setTreeError({ message: treeProblem, parentId }));
      formRef.current?.querySelector<HTMLElement>('select')?.focus();
      return;
    }
    setTreeError(null);
    const input = validation.validate(formRef.current);
    if (input) move.mutate(input);
  };

  const error =
    (treeError && treeError.parentId === parentId ? treeError.message : undefined) ??
    validation.errorFor('parentId');
  const headingId = `move-${unit.id}-heading`;
  return (
    <form
      ref={formRef}
      className="form panel"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>{t('orgUnits.move.heading', { name: unit.name })}</h3>
      {current ? (
        <StaleVersionNotice current={current} units={units} onReload={() => reload(current)} />
      ) : (
        <ErrorAlert error={move.error} extra={validation.otherServerIssues} />
      )}
      <SelectField
        id={`move-${unit.id}-parent`}
        name="parentId"
        label={t('orgUnits.move.parent')}
        value={parentId}
        onChange={setParentId}
        error={error}
      >
        <ParentOptions units={units} />
      </SelectField>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={move.isPending}>
          {move.isPending ? t('orgUnits.move.submitting') : t('orgUnits.move.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {tc('form.cancel')}
        </button>
      </div>
    </form>
  );
}
