import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../components/ErrorAlert';
import { Loading } from '../components/Loading';
import { useLanguage } from '../i18n/useLanguage';
import { indicatorPath } from './access';
import { useIndicatorName } from './format';
import { fetchLinks, linksKey } from './indicators.api';
import { IndicatorStyles } from './IndicatorStyles';
import { LinksEditor } from './LinksEditor';
import { StatusBadge } from './StatusBadge';
import '../i18n/indicators';

interface IndicatorLinksPanelProps {
  code: string;
  kind: 'goal' | 'activity';
  /** The goal's or activity's id. */
  id: string;
  /** The heading level the panel sits at (h2 by default). */
  headingLevel?: 2 | 3;
  /** Strategists and tenant admins may change the links. */
  canEdit?: boolean;
}

/**
 * "Agenda 2030 och indikatorer": the targets a plan goal or activity works towards and the
 * indicators that follow it, each linking to its indicator page. For the plans screens.
 */
export function IndicatorLinksPanel({
  code,
  kind,
  id,
  headingLevel = 2,
  canEdit = false,
}: IndicatorLinksPanelProps) {
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const { t } = useTranslation('indicators');
  const language = useLanguage();
  const name = useIndicatorName();
  const headingId = useId();
  const links = useQuery({
    queryKey: linksKey(code, kind, id),
    queryFn: () => fetchLinks(code, kind, id),
  });
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <section className="panel ind-links-panel" aria-labelledby={headingId}>
      <IndicatorStyles />
      <Heading id={headingId}>{t('links.panelHeading')}</Heading>
      {links.isPending ? <Loading /> : null}
      <ErrorAlert error={links.error} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {links.data && editing ? (
        <LinksEditor
          code={code}
          kind={kind}
          id={id}
          links={links.data}
          onCancel={() => setEditing(false)}
          onDone={(message) => {
            setEditing(false);
            setStatus(message);
          }}
        />
      ) : null}
      {links.data && !editing ? (
        <>
          <Sub className="ind-links-panel__sub">{t('links.targets')}</Sub>
          {links.data.targets.length === 0 ? (
            <p className="muted">{t('links.noTargets')}</p>
          ) : (
            <ul className="plain-list">
              {links.data.targets.map((target) => (
                <li key={target.id}>
                  <strong>{t('links.target', { id: target.id })}</strong>{' '}
                  {language === 'en' ? target.textEn : target.textSv}
                </li>
              ))}
            </ul>
          )}
          <Sub className="ind-links-panel__sub">{t('links.indicators')}</Sub>
          {links.data.indicators.length === 0 ? (
            <p className="muted">{t('links.noIndicators')}</p>
          ) : (
            <ul className="plain-list ind-links-panel__list">
              {links.data.indicators.map((indicator) => (
                <li key={indicator.id}>
                  <Link to={indicatorPath(code, indicator.id)}>{name(indicator)}</Link>{' '}
                  <StatusBadge status={indicator.status} />
                </li>
              ))}
            </ul>
          )}
          {canEdit ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setStatus('');
                setEditing(true);
              }}
            >
              {t('links.edit')}
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
