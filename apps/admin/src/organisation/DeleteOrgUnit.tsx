import type { OrgUnit } from '@samla/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { deleteOrgUnit, orgUnitsKey } from './orgUnits.api';
import '../i18n/organisation';

interface DeleteOrgUnitProps {
  code: string;
  unit: OrgUnit;
  onDeleted: (unit: OrgUnit) => void;
  onCancel: () => void;
}

/** Asks before deleting; the API refuses (409) while the unit has sub-units. */
export function DeleteOrgUnit({ code, unit, onDeleted, onCancel }: DeleteOrgUnitProps) {
  const { t } = useTranslation('organisation');
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const cancelRef = useRef<HTMLButtonElement>(null);

  // The safe choice takes focus.
  useEffect(() => cancelRef.current?.focus(), []);

  const remove = useMutation({
    mutationFn: () => deleteOrgUnit(code, unit.id),
    onSuccess: () => {
      queryClient.setQueryData<OrgUnit[]>(orgUnitsKey(code), (list) =>
        list?.filter((u) => u.id !== unit.id),
      );
      void queryClient.invalidateQueries({ queryKey: orgUnitsKey(code) });
      onDeleted(unit);
    },
  });

  const headingId = `delete-${unit.id}-heading`;
  return (
    <section className="panel panel--danger" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('orgUnits.delete.heading', { name: unit.name })}</h3>
      <p>{t('orgUnits.delete.confirm', { name: unit.name })}</p>
      <ErrorAlert error={remove.error} />
      <div className="form__actions">
        <button
          type="button"
          className="button button--danger"
          onClick={() => remove.mutate()}
          disabled={remove.isPending}
        >
          {remove.isPending ? t('orgUnits.delete.submitting') : t('orgUnits.delete.submit')}
        </button>
        <button type="button" className="button" ref={cancelRef} onClick={onCancel}>
          {tc('form.cancel')}
        </button>
      </div>
    </section>
  );
}
