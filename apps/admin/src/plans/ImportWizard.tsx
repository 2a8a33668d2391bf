import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { Page } from '../components/Page';
import { ImportChooseFile } from './ImportChooseFile';
import { ImportOutcome } from './ImportOutcome';
import { ImportPreview } from './ImportPreview';
import { fetchPlan, planKey } from './plans.api';
import { usePlanAccess } from './references';
import type { ActivityImport } from './transfer.api';
import '../i18n/plans';

const STEPS = ['choose', 'preview', 'run', 'done'] as const;
type Step = (typeof STEPS)[number];

/**
 * Importera aktiviteter: choose a spreadsheet → upload → preview what it would change and
 * which rows cannot be read → confirm → follow the import until it is done.
 */
export function ImportWizard() {
  const { t } = useTranslation('plans');
  const { code, canEdit } = usePlanAccess();
  const { planId = '' } = useParams();
  const plan = useQuery({
    queryKey: planKey(code, planId),
    queryFn: () => fetchPlan(code, planId),
    enabled: code !== '' && planId !== '',
  });
  const [step, setStep] = useState<Step>('choose');
  const [preview, setPreview] = useState<ActivityImport | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  // Each step starts at its heading, as a new page would.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  const planUrl = `/t/${encodeURIComponent(code)}/plans/${planId}`;
  if (plan.isPending) return <Loading />;
  const title = plan.data
    ? t('plans.import.title', { title: plan.data.title })
    : t('plans.import.heading');

  return (
    <Page title={title}>
      <p className="breadcrumb">
        <Link to={planUrl}>{t('plans.backToPlan')}</Link>
      </p>
      <ErrorAlert error={plan.error} />
      {!canEdit ? <p className="alert alert--info">{t('plans.import.readOnly')}</p> : null}
      <ol className="steps" aria-label={t('plans.import.stepsLabel')}>
        {STEPS.map((s, index) => (
          <li
            key={s}
            className={
              s === step
                ? 'steps__item steps__item--current'
                : index < STEPS.indexOf(step)
                  ? 'steps__item steps__item--done'
                  : 'steps__item'
            }
            aria-current={s === step ? 'step' : undefined}
          >
            <span className="steps__number" aria-hidden="true">
              {index + 1}
            </span>
            {t(`plans.import.steps.${s}`)}
            {index < STEPS.indexOf(step) ? (
              <span className="visually-hidden"> {t('plans.import.stepDone')}</span>
            ) : null}
          </li>
        ))}
      </ol>
      {canEdit ? (
        <section className="wizard" aria-labelledby="import-step-heading">
          <h2 id="import-step-heading" ref={headingRef} tabIndex={-1}>
            {t(`plans.import.steps.${step}`)}
          </h2>
          {step === 'choose' ? (
            <ImportChooseFile
              code={code}
              planId={planId}
              onPreview={(result) => {
                setPreview(result);
                setStep('preview');
              }}
            />
          ) : null}
          {step === 'preview' && preview ? (
            <ImportPreview
              code={code}
              preview={preview}
              onConfirmed={(running) => {
                setPreview(running);
                setStep('run');
              }}
              onStartOver={() => {
                setPreview(null);
                setStep('choose');
              }}
            />
          ) : null}
          {(step === 'run' || step === 'done') && preview ? (
            <ImportOutcome
              code={code}
              planId={planId}
              importId={preview.id}
              onFinished={() => setStep('done')}
              onStartOver={() => {
                setPreview(null);
                setStep('choose');
              }}
            />
          ) : null}
        </section>
      ) : null}
    </Page>
  );
}
