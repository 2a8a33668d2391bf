import type { Language } from '../i18n/language.js';

/**
 * Messages for the stable error codes the API answers with (`code` in every error body).
 * The API fills them in the request's language; the admin can translate a code itself.
 */
export const ERROR_MESSAGES = {
  sv: {
    validation_failed: 'Uppgifterna är inte giltiga. Rätta de markerade fälten.',
    malformed_body: 'Förfrågan kunde inte läsas: innehållet är inte giltig JSON.',
    not_found: 'Det du söker finns inte, eller så har du inte tillgång till det.',
    unauthenticated: 'Du behöver logga in.',
    forbidden: 'Din roll får inte göra detta.',
    csrf_invalid:
      'Förfrågan saknar giltig säkerhetstoken (X-CSRF-Token). Ladda om sidan och försök igen.',
    invalid_credentials: 'Fel e-postadress eller lösenord.',
    too_many_attempts: 'För många misslyckade inloggningar. Försök igen om {{minutes}} minuter.',
    stale_version:
      'Någon annan har ändrat detta sedan du öppnade det. Dina ändringar har inte sparats; se den aktuella versionen.',
    org_unit_has_children:
      'Enheten kan inte tas bort eftersom andra enheter ligger under den. Flytta eller ta bort dem först.',
    org_unit_cycle:
      'En enhet kan inte placeras under sig själv eller under en av sina underenheter.',
    unknown_municipality:
      'Kommunkoden {{code}} finns inte i den officiella förteckningen över Sveriges 290 kommuner.',
    tenant_already_onboarded: 'Kommunen {{code}} är redan ansluten till Samla.',
    payload_too_large: 'Förfrågan är för stor.',
    database_unavailable: 'Databasen svarar inte just nu. Försök igen om en stund.',
    internal_error: 'Ett oväntat fel inträffade. Felet är loggat med id {{requestId}}.',
  },
  en: {
    validation_failed: 'The input is not valid. Correct the fields marked.',
    malformed_body: 'The request could not be read: the body is not valid JSON.',
    not_found: 'What you are looking for does not exist, or you do not have access to it.',
    unauthenticated: 'You need to log in.',
    forbidden: 'Your role may not do this.',
    csrf_invalid:
      'The request lacks a valid security token (X-CSRF-Token). Reload the page and try again.',
    invalid_credentials: 'Wrong e-mail address or password.',
    too_many_attempts: 'Too many failed logins. Try again in {{minutes}} minutes.',
    stale_version:
      'Someone else has changed this since you opened it. Your changes were not saved; see the current version.',
    org_unit_has_children:
      'The unit cannot be deleted because other units sit under it. Move or delete them first.',
    org_unit_cycle: 'A unit cannot be placed under itself or under one of its own sub-units.',
    unknown_municipality:
      'The kommunkod {{code}} is not on the official list of Sweden’s 290 kommuner.',
    tenant_already_onboarded: 'The kommun {{code}} is already onboarded to Samla.',
    payload_too_large: 'The request is too large.',
    database_unavailable: 'The database is not answering right now. Try again shortly.',
    internal_error: 'An unexpected error occurred. It has been logged with id {{requestId}}.',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type ErrorCode = keyof (typeof ERROR_MESSAGES)['sv'];
