import type { OrgUnit } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import '../i18n/organisation';

interface StaleVersionNoticeProps {
  current: OrgUnit;
  units: readonly OrgUnit[];
  onReload: () => void;
}

/** 409 stale_version: someone else saved first. Shows their values and offers a reload. */
export function StaleVersionNotice({ current, units, onReload }: StaleVersionNoticeProps) {
  const { t } = useTranslation('organisation');
  const none = t('orgUnits.conflict.none');
  const parent = units.find((u) => u.id === current.parentId);
  return (
    <div className="alert alert--warning" role="alert">
      <p className="alert__title">{t('orgUnits.conflict.title')}</p>
      <p>{t('orgUnits.conflict.body')}</p>
      <dl className="facts">
        <dt>{t('orgUnits.fields.name')}</dt>
        <dd>{current.name}</dd>
        <dt>{t('orgUnits.fields.shortName')}</dt>
        <dd>{current.shortName ?? none}</dd>
        <dt>{t('orgUnits.fields.kind')}</dt>
        <dd>{t(`orgUnits.kinds.${current.kind}`)}</dd>
        <dt>{t('orgUnits.fields.parent')}</dt>
        <dd>{parent?.name ?? (current.parentId ? none : t('orgUnits.fields.noParent'))}</dd>
        <dt>{t('orgUnits.conflict.version')}</dt>
        <dd>{current.version}</dd>
      </dl>
      <button type="button" className="button" onClick={onReload}>
        {t('orgUnits.conflict.reload')}
      </button>
    </div>
  );
}

/** The current unit a 409 stale_version carries, if the error is one. */
export function staleCurrent(error: unknown): OrgUnit | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, body } = error as { code?: unknown; body?: { current?: unknown } };
  if (code !== 'stale_version' || typeof body?.current !== 'object' || !body.current) return null;
  return body.current as OrgUnit;
}
