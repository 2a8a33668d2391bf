import {
  type Indicator,
  type IndicatorDetail,
  setIndicatorTargetSchema,
  validateTarget,
} from '@samla/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { ErrorAlert } from '../components/ErrorAlert';
import { TextField } from '../components/Field';
import { useFormValidation } from '../components/useFormValidation';
import { useLanguage } from '../i18n/useLanguage';
import { decimalText, parseDecimal, useIndicatorFormat } from './format';
import { indicatorsKey, setIndicatorTarget } from './indicators.api';
import '../i18n/indicators';

interface Draft {
  baselinePeriod: string;
  baselineValue: string;
  targetValue: string;
  targetYear: string;
}

interface TargetFormProps {
  code: string;
  indicator: IndicatorDetail;
  announce: (message: string) => void;
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

function draftOf(target: Indicator['target'], language: 'sv' | 'en'): Draft {
  return {
    baselinePeriod: target.baselinePeriod ?? '',
    baselineValue: decimalText(target.baselineValue, language),
    targetValue: decimalText(target.targetValue, language),
    targetYear: target.targetYear === null ? '' : String(target.targetYear),
  };
}

/** The stale indicator a 409 carries, if the error is one. */
function staleIndicator(error: unknown): Indicator | null {
  if (!(error instanceof ApiError) || error.code !== 'stale_version') return null;
  const current = error.body.current;
  return typeof current === 'object' && current !== null ? (current as Indicator) : null;
}

/** Basår och mål: the baseline (period, optionally a value) and the target (value and year). */
export function TargetForm({ code, indicator, announce }: TargetFormProps) {
  const { t } = useTranslation('indicators');
  const language = useLanguage();
  const format = useIndicatorFormat();
  const queryClient = useQueryClient();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState(() => draftOf(indicator.target, language));
  const [baseVersion, setBaseVersion] = useState(indicator.version);
  const set = (key: keyof Draft, value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const year = parseDecimal(draft.targetYear);
  const validation = useFormValidation(setIndicatorTargetSchema, {
    version: baseVersion,
    baselinePeriod: orNull(draft.baselinePeriod),
    baselineValue: parseDecimal(draft.baselineValue),
    targetValue: parseDecimal(draft.targetValue),
    targetYear: year,
  });

  const save = useMutation({
    mutationFn: (input: Parameters<typeof setIndicatorTarget>[2]) =>
      setIndicatorTarget(code, indicator.id, input),
    onSuccess: (saved) => {
      setBaseVersion(saved.version);
      void queryClient.invalidateQueries({ queryKey: indicatorsKey(code) });
      announce(t('target.saved'));
    },
    onError: (error) => validation.showServerIssues(error, formRef.current),
  });
  const current = staleIndicator(save.error);

  const reload = (latest: Indicator) => {
    setDraft(draftOf(latest.target, language));
    setBaseVersion(latest.version);
    validation.reset();
    save.reset();
    void queryClient.invalidateQueries({ queryKey: indicatorsKey(code) });
    announce(t('target.reloaded'));
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = validation.validate(formRef.current);
    if (!input) return;
    // The rules that depend on the indicator: its period form, its unit, the order of years.
    const issues = validateTarget(input, indicator, language);
    if (issues.length > 0) {
      validation.showServerIssues(new ApiError(400, { issues }), formRef.current);
      return;
    }
    save.mutate(input);
  };

  const monthly = indicator.periodType === 'month';
  const shown = (v: number | null) =>
    v === null ? t('target.none') : format.value(v, indicator.unit);
  return (
    <form
      ref={formRef}
      className="form panel ind-target-form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{t('target.heading')}</h2>
      <p>{t('target.intro')}</p>
      {current ? (
        <div className="alert alert--warning" role="alert">
          <p className="alert__title">{t('target.conflictTitle')}</p>
          <p>{t('target.conflictBody')}</p>
          <dl className="facts">
            <dt>{t('target.baselinePeriod')}</dt>
            <dd>{current.target.baselinePeriod ?? t('target.none')}</dd>
            <dt>{t('target.baselineValue')}</dt>
            <dd>{shown(current.target.baselineValue)}</dd>
            <dt>{t('target.targetValue')}</dt>
            <dd>{shown(current.target.targetValue)}</dd>
            <dt>{t('target.targetYear')}</dt>
            <dd>{current.target.targetYear ?? t('target.none')}</dd>
          </dl>
          <button type="button" className="button" onClick={() => reload(current)}>
            {t('target.reload')}
          </button>
        </div>
      ) : (
        <ErrorAlert error={save.error} extra={validation.otherServerIssues} />
      )}
      <div className="ind-form-grid">
        <TextField
          id="target-baselinePeriod"
          name="baselinePeriod"
          label={t('target.baselinePeriod')}
          hint={monthly ? t('target.periodHintMonth') : t('target.periodHintYear')}
          value={draft.baselinePeriod}
          onChange={(v) => set('baselinePeriod', v)}
          error={validation.errorFor('baselinePeriod')}
          className="field__control--short"
          autoComplete="off"
        />
        <TextField
          id="target-baselineValue"
          name="baselineValue"
          label={t('target.baselineValue')}
          hint={t('target.baselineValueHint')}
          value={draft.baselineValue}
          onChange={(v) => set('baselineValue', v)}
          error={validation.errorFor('baselineValue')}
          className="field__control--short"
          inputMode="decimal"
          autoComplete="off"
        />
        <TextField
          id="target-targetValue"
          name="targetValue"
          label={t('target.targetValue')}
          hint={monthly ? t('target.targetValueHintMonth') : undefined}
          value={draft.targetValue}
          onChange={(v) => set('targetValue', v)}
          error={validation.errorFor('targetValue')}
          className="field__control--short"
          inputMode="decimal"
          autoComplete="off"
        />
        <TextField
          id="target-targetYear"
          name="targetYear"
          label={t('target.targetYear')}
          value={draft.targetYear}
          onChange={(v) => set('targetYear', v)}
          error={validation.errorFor('targetYear')}
          className="field__control--short"
          inputMode="numeric"
          autoComplete="off"
        />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('target.submitting') : t('target.submit')}
        </button>
      </div>
    </form>
  );
}
