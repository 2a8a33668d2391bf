import { MODEL_STEPS, type ModelStep } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { usePlanLabels } from './usePlanLabels';
import '../i18n/plans';

/**
 * The five steps of "En kommun fri från våld": organise → map → analyse → develop →
 * implement and follow up. Steps before the current one are marked done, in text too.
 */
export function ModelStepper({ current }: { current: ModelStep }) {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const index = MODEL_STEPS.indexOf(current);
  return (
    <ol className="stepper" aria-label={t('programme.stepperLabel')}>
      {MODEL_STEPS.map((step, i) => {
        const state = i < index ? 'done' : i === index ? 'current' : 'upcoming';
        return (
          <li
            key={step}
            className={`stepper__step stepper__step--${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="stepper__marker" aria-hidden="true">
              {state === 'done' ? '✓' : i + 1}
            </span>
            <span className="stepper__label">{labels.modelStep[step]}</span>
            <span className="stepper__state">{t(`programme.stepStates.${state}`)}</span>
          </li>
        );
      })}
    </ol>
  );
}
