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
    plan_read_only:
      'Planen är {{status}} och kan inte längre ändras. Skapa en ny revision för att arbeta vidare.',
    invalid_transition: 'En plan kan inte gå från {{from}} till {{to}}.',
    goal_has_children: 'Målet har delmål. Flytta eller ta bort dem först.',
    plan_not_draft: 'Bara utkast kan tas bort. Arkivera planen i stället.',
    not_your_activity:
      'Du kan bara följa upp aktiviteter som din enhet ansvarar för eller medverkar i.',
    reference_in_use: 'Uppgiften hänger ihop med annat som först måste ändras eller tas bort.',
    import_not_pending: 'Importen är redan {{status}} och kan inte bekräftas igen.',
    file_unreadable:
      'Filen kunde inte läsas som {{format}}. Spara den som .xlsx eller .csv (UTF-8) och försök igen.',
    file_missing: 'Välj en fil att importera.',
    file_too_large: 'Filen är för stor. Den får vara högst {{maxMb}} MB.',
    file_upload_invalid:
      'Filen kunde inte tas emot. Skicka en enda fil, i fältet "file" av ett multipart/form-data-formulär.',
    import_no_rows:
      'Filen innehåller inga aktiviteter. Första raden ska ha kolumnrubrikerna från exporten och varje rad under den en aktivitet.',
    import_too_many_rows:
      'Filen har {{count}} rader med aktiviteter, men högst {{max}} kan importeras åt gången. Dela upp filen.',
    import_unknown_columns:
      'Kolumnerna {{columns}} känns inte igen. Använd rubrikerna från exporten: {{expected}}.',
    import_duplicate_columns: 'Kolumnerna {{columns}} förekommer mer än en gång i filen.',
    import_missing_columns:
      'Filen saknar kolumnerna {{columns}}. Använd rubrikerna från exporten: {{expected}}.',
    import_has_rejected_rows:
      '{{count}} rader i filen har fel, så ingenting kan importeras. Rätta raderna som förhandsgranskningen visar och ladda upp filen igen.',
    import_activity_changed:
      'Aktiviteten på rad {{line}} har ändrats eller tagits bort sedan förhandsgranskningen. Ingenting har importerats. Exportera planen igen, för in dina ändringar och ladda upp filen på nytt.',
    import_reference_gone:
      'Ett mål eller en enhet som filen hänvisar till har tagits bort sedan förhandsgranskningen. Ingenting har importerats. Ladda upp filen igen.',
    import_interrupted:
      'Importen avbröts när Samla startades om. Ingenting har importerats. Ladda upp filen igen.',
    import_failed:
      'Importen kunde inte genomföras och ingenting har importerats. Felet är loggat med importens id {{importId}}.',
    indicator_not_own:
      'Indikatorn kommer från den gemensamma katalogen och ändras där av plattformens administratörer. Kommunen kan sätta basvärde och mål och föra in utfall.',
    platform_indicator_exists: 'Indikatorn {{id}} finns redan i katalogen.',
    kolada_unavailable:
      'Kolada kunde inte nås ({{detail}}). Ingenting har importerats. Försök igen senare, eller importera från ett sparat svar.',
    kolada_invalid_response:
      'Svaret från Kolada kunde inte läsas. Ingenting har importerats. Försök igen senare, eller importera från ett sparat svar.',
    payload_too_large: 'Förfrågan är för stor.',
    unsupported_media_type:
      'Förfrågan har fel innehållstyp ({{contentType}}). Skicka JSON (Content-Type: application/json).',
    database_unavailable: 'Databasen svarar inte just nu. Försök igen om en stund.',
    already_member: 'Parten eller enheten är redan medlem i forumet.',
    report_not_ready: 'Rapporten är inte klar än ({{stage}}). Försök igen om en stund.',
    report_failed: 'Rapporten kunde inte tas fram. Felet är loggat med rapportens id {{reportId}}.',
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
    plan_read_only:
      'The plan is {{status}} and can no longer be changed. Create a new revision to continue.',
    invalid_transition: 'A plan cannot go from {{from}} to {{to}}.',
    goal_has_children: 'The goal has sub-goals. Move or delete them first.',
    plan_not_draft: 'Only drafts can be deleted. Archive the plan instead.',
    not_your_activity:
      'You can only follow up activities your unit is responsible for or takes part in.',
    reference_in_use: 'This is connected to something else that must be changed or removed first.',
    import_not_pending: 'The import is already {{status}} and cannot be confirmed again.',
    file_unreadable:
      'The file could not be read as {{format}}. Save it as .xlsx or .csv (UTF-8) and try again.',
    file_missing: 'Choose a file to import.',
    file_too_large: 'The file is too large. It may be at most {{maxMb}} MB.',
    file_upload_invalid:
      'The file could not be received. Send a single file, in the "file" field of a multipart/form-data form.',
    import_no_rows:
      'The file holds no activities. The first row must have the column headers of the export and each row below it one activity.',
    import_too_many_rows:
      'The file has {{count}} rows of activities, but at most {{max}} can be imported at a time. Split the file.',
    import_unknown_columns:
      'The columns {{columns}} are not recognised. Use the headers of the export: {{expected}}.',
    import_duplicate_columns: 'The columns {{columns}} appear more than once in the file.',
    import_missing_columns:
      'The file lacks the columns {{columns}}. Use the headers of the export: {{expected}}.',
    import_has_rejected_rows:
      '{{count}} rows of the file have errors, so nothing can be imported. Correct the rows the preview shows and upload the file again.',
    import_activity_changed:
      'The activity on row {{line}} has been changed or deleted since the preview. Nothing was imported. Export the plan again, make your changes and upload the file anew.',
    import_reference_gone:
      'A goal or unit the file refers to has been deleted since the preview. Nothing was imported. Upload the file again.',
    import_interrupted:
      'The import was interrupted when Samla restarted. Nothing was imported. Upload the file again.',
    import_failed:
      'The import could not be completed and nothing was imported. The error is logged with the import id {{importId}}.',
    indicator_not_own:
      'The indicator comes from the shared catalogue, where platform admins change it. The kommun can set a baseline and target and enter figures.',
    platform_indicator_exists: 'The indicator {{id}} is already in the catalogue.',
    kolada_unavailable:
      'Kolada could not be reached ({{detail}}). Nothing was imported. Try again later, or import from a saved answer.',
    kolada_invalid_response:
      'Kolada’s answer could not be read. Nothing was imported. Try again later, or import from a saved answer.',
    payload_too_large: 'The request is too large.',
    unsupported_media_type:
      'The request has the wrong content type ({{contentType}}). Send JSON (Content-Type: application/json).',
    database_unavailable: 'The database is not answering right now. Try again shortly.',
    already_member: 'The partner or unit is already a member of the forum.',
    report_not_ready: 'The report is not ready yet ({{stage}}). Try again shortly.',
    report_failed:
      'The report could not be generated. The error is logged with the report id {{reportId}}.',
    internal_error: 'An unexpected error occurred. It has been logged with id {{requestId}}.',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type ErrorCode = keyof (typeof ERROR_MESSAGES)['sv'];
