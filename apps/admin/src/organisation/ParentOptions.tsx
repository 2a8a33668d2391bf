import type { OrgUnit } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { flattenTree } from './tree';
import '../i18n/organisation';

/** "Ingen (högsta nivån)" and every unit, indented as in the tree. */
export function ParentOptions({ units }: { units: readonly OrgUnit[] }) {
  const { t } = useTranslation('organisation');
  return (
    <>
      <option value="">{t('orgUnits.fields.noParent')}</option>
      {flattenTree(units).map(({ unit, depth }) => (
        <option key={unit.id} value={unit.id}>
          {'\u00a0\u00a0\u00a0'.repeat(depth)}
          {unit.name}
        </option>
      ))}
    </>
  );
}
