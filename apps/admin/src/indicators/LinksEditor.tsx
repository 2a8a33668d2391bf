import type { Links } from '@samla/domain';
import { AGENDA2030_TARGETS } from '@samla/reference-data';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../components/Field';
import { ErrorAlert } from '../components/ErrorAlert';
import { useLanguage } from '../i18n/useLanguage';
import { useIndicatorName } from './format';
import { fetchIndicators, indicatorsKey, linksKey, setLinks } from './indicators.api';
import '../i18n/indicators';

interface LinksEditorProps {
  code: string;
  kind: 'goal' | 'activity';
  id: string;
  links: Links;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * Chooses the Agenda 2030 targets a goal or activity works towards and the kommun's
 * indicators that follow it up. Saved whole (PUT), so what is unticked is unlinked.
 */
export function LinksEditor({ code, kind, id, links, onDone, onCancel }: LinksEditorProps) {
  const { t } = useTranslation('indicators');
  const language = useLanguage();
  const name = useIndicatorName();
  const queryClient = useQueryClient();
  const indicators = useQuery({
    queryKey: indicatorsKey(code),
    queryFn: () => fetchIndicators(code),
  });
  const [targetIds, setTargetIds] = useState(links.targets.map((x) => x.id));
  const [indicatorIds, setIndicatorIds] = useState(links.indicators.map((x) => x.id));
  const save = useMutation({
    mutationFn: () => setLinks(code, kind, id, { targetIds, indicatorIds }),
    onSuccess: (saved) => {
      queryClient.setQueryData(linksKey(code, kind, id), saved);
      void queryClient.invalidateQueries({ queryKey: indicatorsKey(code) });
      onDone(t('links.saved'));
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ErrorAlert error={save.error ?? indicators.error} />
      <CheckboxGroup
        id={`links-targets-${id}`}
        name="targetIds"
        legend={t('links.targets')}
        choices={AGENDA2030_TARGETS.map((target) => ({
          value: target.id,
          label: `${target.id} ${language === 'en' ? target.textEn : target.textSv}`,
        }))}
        values={targetIds}
        onChange={setTargetIds}
      />
      {indicators.data ? (
        indicators.data.length === 0 ? (
          <p className="muted">{t('links.noOwnIndicators')}</p>
        ) : (
          <CheckboxGroup
            id={`links-indicators-${id}`}
            name="indicatorIds"
            legend={t('links.indicators')}
            choices={indicators.data.map((indicator) => ({
              value: indicator.id,
              label: name(indicator),
            }))}
            values={indicatorIds}
            onChange={setIndicatorIds}
            scroll
          />
        )
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('links.saving') : t('links.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('links.cancel')}
        </button>
      </div>
    </form>
  );
}
