import type { Template } from '@samla/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TemplateMeta } from './TemplateCard';
import '../i18n/plans';

interface TemplateGalleryProps {
  templates: readonly Template[];
  /** The chosen template's id; '' for an empty plan. */
  value: string;
  onChange: (templateId: string) => void;
}

/**
 * The starting point of a new plan: one of the toolkit's templates, or an empty plan. Radio
 * buttons laid out as cards; each is named by its title and described by its text and counts.
 */
export function TemplateGallery({ templates, value, onChange }: TemplateGalleryProps) {
  const { t } = useTranslation('plans');
  return (
    <fieldset className="gallery">
      <legend className="gallery__legend">{t('plans.new.startingPoint')}</legend>
      <p className="field__hint">{t('plans.new.startingPointHint')}</p>
      <div className="gallery__cards">
        {templates.map((template) => (
          <GalleryCard
            key={template.id}
            id={template.id}
            title={template.name}
            checked={value === template.id}
            onChange={() => onChange(template.id)}
          >
            <span className="card__text" id={`template-${template.id}-text`}>
              {template.description}
            </span>
            <TemplateMeta template={template} id={`template-${template.id}-meta`} />
          </GalleryCard>
        ))}
        <GalleryCard
          id="empty"
          title={t('plans.new.emptyPlan')}
          checked={value === ''}
          onChange={() => onChange('')}
        >
          <span className="card__text" id="template-empty-text">
            {t('plans.new.emptyPlanText')}
          </span>
        </GalleryCard>
      </div>
    </fieldset>
  );
}

interface GalleryCardProps {
  id: string;
  title: string;
  checked: boolean;
  onChange: () => void;
  children: ReactNode;
}

function GalleryCard({ id, title, checked, onChange, children }: GalleryCardProps) {
  const titleId = `template-${id}-title`;
  const described =
    id === 'empty' ? `template-${id}-text` : `template-${id}-text template-${id}-meta`;
  return (
    <label className={checked ? 'card card--choice card--checked' : 'card card--choice'}>
      <span className="card__choice">
        <input
          type="radio"
          name="templateId"
          value={id === 'empty' ? '' : id}
          checked={checked}
          onChange={onChange}
          aria-labelledby={titleId}
          aria-describedby={described}
        />
        <span className="card__title" id={titleId}>
          {title}
        </span>
      </span>
      {children}
    </label>
  );
}
