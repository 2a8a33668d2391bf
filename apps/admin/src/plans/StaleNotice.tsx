import { useTranslation } from 'react-i18next';

interface StaleNoticeProps {
  /** What the thing looks like now, as label → value. */
  facts: ReadonlyArray<readonly [string, string]>;
  onReload: () => void;
}

/** 409 stale_version: someone else saved first. Shows their values and offers a reload. */
export function StaleNotice({ facts, onReload }: StaleNoticeProps) {
  const { t } = useTranslation();
  return (
    <div className="alert alert--warning" role="alert">
      <p className="alert__title">{t('conflict.title')}</p>
      <p>{t('conflict.body')}</p>
      <dl className="facts">
        {facts.map(([label, value]) => (
          <div key={label} className="facts__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button" onClick={onReload}>
        {t('conflict.reload')}
      </button>
    </div>
  );
}

/** The current state a 409 stale_version carries, if the error is one. */
export function staleCurrent<T>(error: unknown): T | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, body } = error as { code?: unknown; body?: { current?: unknown } };
  if (code !== 'stale_version' || typeof body?.current !== 'object' || !body.current) return null;
  return body.current as T;
}
