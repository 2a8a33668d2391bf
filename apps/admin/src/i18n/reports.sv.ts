/**
 * Swedish strings of the återrapportering section (namespace "reports"); reports.en.ts has
 * the same keys (the compiler checks it). Stages are labelled by REPORT_LABELS in
 * @samla/domain, validation messages come from @samla/domain too.
 */
export const reportsSv = {
  heading: 'Återrapportering',
  intro:
    'Ta fram en rapport om planen för en period, att bifoga en tjänsteskrivelse: sammanfattning, mål och aktiviteter med senaste kommentarer, indikatorer med basvärde och mål, täckning, samverkan och kommande återrapporteringar.',
  periodStart: 'Periodens början',
  periodEnd: 'Periodens slut',
  language: 'Rapportens språk',
  languages: { sv: 'Svenska', en: 'Engelska' },
  format: 'Format',
  formats: { docx: 'Word (DOCX)', pdf: 'PDF' },
  generate: 'Ta fram rapporten',
  generating: 'Tar fram …',
  progressLabel: 'Hur långt rapporten har kommit',
  stage: '{{stage}} – {{percent}} %',
  done: 'Rapporten är klar.',
  download: 'Ladda ner {{fileName}}',
  size: '{{size}} kB',
  failed: 'Rapporten kunde inte tas fram.',
};

export type ReportsTranslation = typeof reportsSv;
