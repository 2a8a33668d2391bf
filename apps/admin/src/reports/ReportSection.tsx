import {
  isoDateIn,
  REPORT_FORMATS,
  REPORT_LABELS,
  reportRequestSchema,
  resolveReportPeriod,
  type ActionPlanSummary,
  type Language,
  type ReportFormat,
} from '@samla/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { TextField } from '../components/Field';
import { useFormValidation } from '../components/useFormValidation';
import { useLanguage } from '../i18n/useLanguage';
import { useFormat } from '../plans/format';
import { fetchReport, reportFileUrl, reportKey, startReport, type ReportJob } from './reports.api';
import '../i18n/reports';

const LANGUAGES: Language[] = ['sv', 'en'];

/**
 * Återrapportering on the plan page: choose the period, language and format, generate the
 * report on the server, follow its progress, download it. Every member of the kommun may.
 */
export function ReportSection({ code, plan }: { code: string; plan: ActionPlanSummary }) {
  const { t } = useTranslation('reports');
  const uiLanguage = useLanguage();
  const formRef = useRef<HTMLFormElement>(null);
  const defaults = resolveReportPeriod(plan, {}, isoDateIn(new Date()));
  const [periodStart, setPeriodStart] = useState(defaults.start);
  const [periodEnd, setPeriodEnd] = useState(defaults.end);
  const [lang, setLang] = useState<Language>(uiLanguage);
  const [format, setFormat] = useState<ReportFormat>('docx');
  const [job, setJob] = useState<ReportJob | null>(null);
  const validation = useFormValidation(reportRequestSchema, {
    format,
    lang,
    periodStart: periodStart || undefined,
    periodEnd: periodEnd || undefined,
  });

  const start = useMutation({
    mutationFn: (body: Parameters<typeof startReport>[2]) => startReport(code, plan.id, body),
    onSuccess: setJob,
    onError: (error) => validation.showServerIssues(error, formRef.current),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = validation.validate(formRef.current);
    if (!input) return;
    setJob(null);
    start.mutate(input);
  };

  const progress = useQuery({
    queryKey: reportKey(code, plan.id, job?.id ?? ''),
    queryFn: () => fetchReport(code, plan.id, job?.id ?? ''),
    enabled: job !== null,
    ...(job ? { initialData: job } : {}),
    refetchInterval: (query) => (isFinal(query.state.data) ? false : 400),
  });
  const current = job ? progress.data : undefined;
  const running = start.isPending || (current !== undefined && !isFinal(current));
  return (
    <section className="report-section" aria-labelledby="report-heading">
      <h2 id="report-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      <form ref={formRef} className="form" onSubmit={onSubmit} noValidate>
        <ErrorAlert error={start.error} extra={validation.otherServerIssues} />
        <div className="field-row">
          <TextField
            id="report-period-start"
            name="periodStart"
            type="date"
            label={t('periodStart')}
            value={periodStart}
            onChange={setPeriodStart}
            error={validation.errorFor('periodStart')}
          />
          <TextField
            id="report-period-end"
            name="periodEnd"
            type="date"
            label={t('periodEnd')}
            value={periodEnd}
            onChange={setPeriodEnd}
            error={validation.errorFor('periodEnd')}
          />
        </div>
        <div className="field-row">
          <fieldset className="choices field">
            <legend>{t('language')}</legend>
            <div className="choices__list">
              {LANGUAGES.map((l) => (
                <label key={l} className="choice">
                  <input
                    type="radio"
                    name="report-lang"
                    value={l}
                    checked={lang === l}
                    onChange={() => setLang(l)}
                  />
                  {t(`languages.${l}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="choices field">
            <legend>{t('format')}</legend>
            <div className="choices__list">
              {REPORT_FORMATS.map((f) => (
                <label key={f} className="choice">
                  <input
                    type="radio"
                    name="report-format"
                    value={f}
                    checked={format === f}
                    onChange={() => setFormat(f)}
                  />
                  {t(`formats.${f}`)}
                </label>
              ))}
            </div>
          </fieldset>
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={running}>
            {running ? t('generating') : t('generate')}
          </button>
        </div>
      </form>
      {progress.isError ? <ErrorAlert error={progress.error} /> : null}
      {current ? <ReportProgress code={code} planId={plan.id} job={current} /> : null}
    </section>
  );
}

const isFinal = (job: ReportJob | undefined) => job?.stage === 'done' || job?.stage === 'failed';

/** How far a report has come; once done, its file. */
function ReportProgress({ code, planId, job }: { code: string; planId: string; job: ReportJob }) {
  const { t } = useTranslation('reports');
  const language = useLanguage();
  const number = useFormat().number;
  if (job.stage === 'failed')
    return (
      <div className="alert alert--error" role="alert">
        <p>{job.error?.message ?? t('failed')}</p>
      </div>
    );
  const stage = REPORT_LABELS[language].stage[job.stage];
  return (
    <div className="report-progress">
      <label htmlFor="report-progress-bar" className="field__label">
        {t('progressLabel')}
      </label>
      <progress id="report-progress-bar" max={100} value={job.percent}>
        {job.percent} %
      </progress>
      <p role="status">
        {job.stage === 'done' ? t('done') : t('stage', { stage, percent: job.percent })}
      </p>
      {job.stage === 'done' ? (
        <p>
          <a className="button" href={reportFileUrl(code, planId, job.id)} download={job.fileName}>
            {t('download', { fileName: job.fileName })}
          </a>{' '}
          {job.size !== null ? (
            <span className="muted">
              ({t('size', { size: number(Math.ceil(job.size / 1024)) })})
            </span>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
