import type { OrgUnit } from '@samla/domain';
import type { Choice } from '../components/Field';
import { flattenTree } from '../organisation/tree';

/** An empty choice and every org unit, indented as in the organisation tree. */
export function UnitOptions({ units, empty }: { units: readonly OrgUnit[]; empty: string }) {
  return (
    <>
      <option value="">{empty}</option>
      {flattenTree(units).map(({ unit, depth }) => (
        <option key={unit.id} value={unit.id}>
          {'\u00a0\u00a0\u00a0'.repeat(depth)}
          {unit.name}
          {unit.shortName ? ` (${unit.shortName})` : ''}
        </option>
      ))}
    </>
  );
}

/** Checkbox choices of every org unit in tree order, for "medverkande enheter" and the like. */
export const unitChoices = (units: readonly OrgUnit[]): Choice[] =>
  flattenTree(units).map(({ unit, depth }) => ({ value: unit.id, label: unit.name, depth }));
