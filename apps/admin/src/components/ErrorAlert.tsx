import { ERROR_MESSAGES, interpolate } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { useLanguage } from '../i18n/useLanguage';

/**
 * The message to show for a failed call: the server's own (it answers in the UI language),
 * else the shared message for its code, else a general one.
 */
export function useErrorMessage() {
  const { t } = useTranslation();
  const language = useLanguage();
  return (error: unknown): string => {
    if (isApiError(error)) {
      if (error.status === 0) return t('errors.network');
      if (error.message) return error.message;
      const messages: Record<string, string> = ERROR_MESSAGES[language];
      const known = messages[error.code];
      if (known) return interpolate(known, error.body);
    }
    return t('errors.unexpected');
  };
}

interface ErrorAlertProps {
  error: unknown;
  /** Issues the form could not place next to a field. */
  extra?: string[];
}

/** A failed call, announced at once (role=alert). */
export function ErrorAlert({ error, extra = [] }: ErrorAlertProps) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  if (!error) return null;
  return (
    <div className="alert alert--error" role="alert">
      <p>{message(error)}</p>
      {extra.length > 0 ? (
        <ul>
          {extra.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      ) : null}
      {/* A server fault is worth reporting: give the id the API logged it with. */}
      {isApiError(error) && error.status >= 500 && error.requestId ? (
        <p className="alert__reference">{t('errors.requestId', { id: error.requestId })}</p>
      ) : null}
    </div>
  );
}
