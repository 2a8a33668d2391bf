import { ORG_UNIT_KINDS, type OrgUnitKind } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../components/Field';
import '../i18n/organisation';

export interface OrgUnitDetails {
  name: string;
  shortName: string;
  kind: OrgUnitKind | '';
}

interface OrgUnitFieldsProps {
  /** Prefix for the ids, unique on the page. */
  idPrefix: string;
  values: OrgUnitDetails;
  onChange: (values: OrgUnitDetails) => void;
  errorFor: (field: string) => string | undefined;
}

/** Namn, Kortnamn and Typ: shared by the create and edit forms. */
export function OrgUnitFields({ idPrefix, values, onChange, errorFor }: OrgUnitFieldsProps) {
  const { t } = useTranslation('organisation');
  return (
    <>
      <TextField
        id={`${idPrefix}-name`}
        name="name"
        label={t('orgUnits.fields.name')}
        required
        autoComplete="off"
        value={values.name}
        onChange={(name) => onChange({ ...values, name })}
        error={errorFor('name')}
      />
      <TextField
        id={`${idPrefix}-short-name`}
        name="shortName"
        label={t('orgUnits.fields.shortName')}
        hint={t('orgUnits.fields.shortNameHint')}
        autoComplete="off"
        className="field__control--short"
        value={values.shortName}
        onChange={(shortName) => onChange({ ...values, shortName })}
        error={errorFor('shortName')}
      />
      <SelectField
        id={`${idPrefix}-kind`}
        name="kind"
        label={t('orgUnits.fields.kind')}
        required
        value={values.kind}
        onChange={(kind) => onChange({ ...values, kind: kind as OrgUnitKind | '' })}
        error={errorFor('kind')}
      >
        <option value="">{t('orgUnits.fields.chooseKind')}</option>
        {ORG_UNIT_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`orgUnits.kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
    </>
  );
}
