import {
  CARE_SERVICES,
  type Language,
  type OrgUnit,
  type Partner,
  PARTNER_TYPES,
  REGION_LABELS,
} from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '../components/Field';
import { UnitOptions } from '../plans/UnitOptions';
import '../i18n/collaboration';

export interface ContactDraft {
  name: string;
  title: string;
  email: string;
}

export interface PartnerDraft {
  name: string;
  type: string;
  /** Which service of the region's healthcare (region_healthcare only). */
  careService: string;
  orgUnitId: string;
  description: string;
  contacts: ContactDraft[];
}

export const EMPTY_PARTNER: PartnerDraft = {
  name: '',
  type: '',
  careService: '',
  orgUnitId: '',
  description: '',
  contacts: [],
};

export const partnerDraftOf = (partner: Partner): PartnerDraft => ({
  name: partner.name,
  type: partner.type,
  careService: partner.careService ?? '',
  orgUnitId: partner.orgUnitId ?? '',
  description: partner.description ?? '',
  contacts: partner.contacts.map((c) => ({
    name: c.name ?? '',
    title: c.title,
    email: c.email ?? '',
  })),
});

/**
 * What the API takes: empty text as null, the unit only for an internal unit, the care
 * service only for the region's healthcare.
 */
export const partnerValues = (draft: PartnerDraft) => ({
  name: draft.name,
  type: draft.type,
  careService: draft.type === 'region_healthcare' ? draft.careService || null : null,
  orgUnitId: draft.orgUnitId || null,
  description: draft.description,
  contacts: draft.contacts.map((c) => ({
    name: c.name,
    title: c.title,
    email: c.email.trim() || null,
  })),
});

interface FieldsProps {
  idPrefix: string;
  draft: PartnerDraft;
  onChange: (draft: PartnerDraft) => void;
  errorFor: (field: string) => string | undefined;
  units: readonly OrgUnit[];
}

/** Name, type, the kommun's unit (internal units only), description and contact persons. */
export function PartnerFields({ idPrefix, draft, onChange, errorFor, units }: FieldsProps) {
  const { t, i18n } = useTranslation('collaboration');
  const careLabels = REGION_LABELS[i18n.language as Language].careService;
  const set = (key: keyof Omit<PartnerDraft, 'contacts'>) => (value: string) =>
    onChange({ ...draft, [key]: value });
  const setContact = (index: number, key: keyof ContactDraft, value: string) =>
    onChange({
      ...draft,
      contacts: draft.contacts.map((c, i) => (i === index ? { ...c, [key]: value } : c)),
    });
  return (
    <>
      <TextField
        id={`${idPrefix}-name`}
        name="name"
        label={t('partnerFields.name')}
        value={draft.name}
        onChange={set('name')}
        error={errorFor('name')}
        required
        autoComplete="off"
      />
      <SelectField
        id={`${idPrefix}-type`}
        name="type"
        label={t('partnerFields.type')}
        value={draft.type}
        onChange={set('type')}
        error={errorFor('type')}
        required
      >
        <option value="">{t('partnerFields.typePlaceholder')}</option>
        {PARTNER_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`types.${type}`)}
          </option>
        ))}
      </SelectField>
      {draft.type === 'region_healthcare' ? (
        <SelectField
          id={`${idPrefix}-careService`}
          name="careService"
          label={t('partnerFields.careService')}
          hint={t('partnerFields.careServiceHint')}
          value={draft.careService}
          onChange={set('careService')}
          error={errorFor('careService')}
        >
          <option value="">{t('partnerFields.noCareService')}</option>
          {CARE_SERVICES.map((service) => (
            <option key={service} value={service}>
              {careLabels[service]}
            </option>
          ))}
        </SelectField>
      ) : null}
      {draft.type === 'internal_unit' ? (
        <SelectField
          id={`${idPrefix}-orgUnitId`}
          name="orgUnitId"
          label={t('partnerFields.unit')}
          hint={t('partnerFields.unitHint')}
          value={draft.orgUnitId}
          onChange={set('orgUnitId')}
          error={errorFor('orgUnitId')}
        >
          <UnitOptions units={units} empty={t('partnerFields.noUnit')} />
        </SelectField>
      ) : null}
      <TextAreaField
        id={`${idPrefix}-description`}
        name="description"
        label={t('partnerFields.description')}
        value={draft.description}
        onChange={set('description')}
        error={errorFor('description')}
        rows={3}
      />
      <h3>{t('partnerFields.contacts')}</h3>
      <p className="field__hint">{t('partnerFields.contactsHint')}</p>
      {draft.contacts.map((contact, index) => (
        <fieldset key={index} className="collab-contact">
          <legend>{t('partnerFields.contact', { number: index + 1 })}</legend>
          <TextField
            id={`${idPrefix}-contact-${index}-title`}
            name={`contacts.${index}.title`}
            label={t('partnerFields.contactTitle')}
            value={contact.title}
            onChange={(v) => setContact(index, 'title', v)}
            error={errorFor(`contacts.${index}.title`)}
            required
            autoComplete="off"
          />
          <TextField
            id={`${idPrefix}-contact-${index}-name`}
            name={`contacts.${index}.name`}
            label={t('partnerFields.contactName')}
            value={contact.name}
            onChange={(v) => setContact(index, 'name', v)}
            error={errorFor(`contacts.${index}.name`)}
            autoComplete="off"
          />
          <TextField
            id={`${idPrefix}-contact-${index}-email`}
            name={`contacts.${index}.email`}
            type="email"
            label={t('partnerFields.contactEmail')}
            value={contact.email}
            onChange={(v) => setContact(index, 'email', v)}
            error={errorFor(`contacts.${index}.email`)}
            autoComplete="off"
          />
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              onChange({ ...draft, contacts: draft.contacts.filter((_, i) => i !== index) })
            }
          >
            {t('partnerFields.removeContact', { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            onChange({
              ...draft,
              contacts: [...draft.contacts, { name: '', title: '', email: '' }],
            })
          }
        >
          {t('partnerFields.addContact')}
        </button>
      </p>
    </>
  );
}
