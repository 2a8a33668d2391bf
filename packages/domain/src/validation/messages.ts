import type { Language } from '../i18n/language.js';

/**
 * Validation messages in both languages. Keys are the stable codes the API returns
 * (`issues[].code`); the admin loads the same catalogue into i18next.
 */
export const VALIDATION_MESSAGES = {
  sv: {
    required: '{{field}} måste anges.',
    invalid_type: '{{field}} har fel typ: {{expected}} förväntades.',
    too_short: '{{field}} måste vara minst {{minimum}} tecken.',
    too_long: '{{field}} får vara högst {{maximum}} tecken.',
    too_small: '{{field}} måste vara minst {{minimum}}.',
    too_big: '{{field}} får vara högst {{maximum}}.',
    too_few_items: '{{field}} måste ha minst {{minimum}} val.',
    too_many_items: '{{field}} får ha högst {{maximum}} val.',
    invalid_email: '{{field}} måste vara en giltig e-postadress.',
    invalid_uuid: '{{field}} måste vara ett giltigt id.',
    invalid_format: '{{field}} har fel format.',
    invalid_choice: '{{field}} måste vara ett av: {{values}}.',
    unknown_field: 'Fältet {{field}} är okänt.',
    not_integer: '{{field}} måste vara ett heltal.',
    invalid_date: '{{field}} måste vara ett datum (ÅÅÅÅ-MM-DD).',
    municipality_code: '{{field}} måste vara en kommunkod med fyra siffror.',
    personal_number:
      '{{field}} ser ut att innehålla ett personnummer. Samla får inte innehålla personuppgifter om våldsutsatta eller våldsutövare.',
    unknown_reference: '{{field}} finns inte.',
    invalid: '{{field}} är ogiltigt.',
  },
  en: {
    required: '{{field}} is required.',
    invalid_type: '{{field}} has the wrong type: {{expected}} expected.',
    too_short: '{{field}} must be at least {{minimum}} characters.',
    too_long: '{{field}} must be at most {{maximum}} characters.',
    too_small: '{{field}} must be at least {{minimum}}.',
    too_big: '{{field}} must be at most {{maximum}}.',
    too_few_items: '{{field}} must have at least {{minimum}} choices.',
    too_many_items: '{{field}} must have at most {{maximum}} choices.',
    invalid_email: '{{field}} must be a valid e-mail address.',
    invalid_uuid: '{{field}} must be a valid id.',
    invalid_format: '{{field}} has the wrong format.',
    invalid_choice: '{{field}} must be one of: {{values}}.',
    unknown_field: 'The field {{field}} is not known.',
    not_integer: '{{field}} must be a whole number.',
    invalid_date: '{{field}} must be a date (YYYY-MM-DD).',
    municipality_code: '{{field}} must be a four-digit kommunkod.',
    personal_number:
      '{{field}} seems to contain a Swedish personal identity number. Samla must not hold personal data about victims or perpetrators.',
    unknown_reference: '{{field}} does not exist.',
    invalid: '{{field}} is not valid.',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type ValidationCode = keyof (typeof VALIDATION_MESSAGES)['sv'];

/** Field labels, so a message names the field the way the form does. */
export const FIELD_LABELS: Record<Language, Record<string, string>> = {
  sv: {
    email: 'E-post',
    password: 'Lösenord',
    code: 'Kommunkod',
    name: 'Namn',
    shortName: 'Kortnamn',
    kind: 'Typ',
    parentId: 'Överordnad enhet',
    version: 'Version',
    role: 'Roll',
    label: 'Benämning',
  },
  en: {
    email: 'E-mail',
    password: 'Password',
    code: 'Kommunkod',
    name: 'Name',
    shortName: 'Short name',
    kind: 'Kind',
    parentId: 'Parent unit',
    version: 'Version',
    role: 'Role',
    label: 'Label',
  },
};
