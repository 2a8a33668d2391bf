import type { Template } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from './format';
import { usePlanLabels } from './usePlanLabels';
import '../i18n/plans';

/** What a template holds: its kind, and how many goals and suggested activities it brings. */
export function TemplateMeta({ template, id }: { template: Template; id?: string }) {
  const { t } = useTranslation('plans');
  const labels = usePlanLabels();
  const format = useFormat();
  return (
    <span className="card__meta" id={id}>
      {labels.planKind[template.kind]} ·{' '}
      {t('plans.templates.goals', {
        count: template.goalCount,
        formatted: format.number(template.goalCount),
      })}{' '}
      ·{' '}
      {t('plans.templates.activities', {
        count: template.activityCount,
        formatted: format.number(template.activityCount),
      })}
    </span>
  );
}

/** A template as a read-only card (the toolkit page). */
export function TemplateCard({ template }: { template: Template }) {
  return (
    <li className="card">
      <h3 className="card__title">{template.name}</h3>
      <p className="card__text">{template.description}</p>
      <TemplateMeta template={template} />
    </li>
  );
}
