import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';

/** The message to show for a failed call: the server's own (already in the UI language). */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (isApiError(error)) {
      if (error.status === 0) return t('errors.network');
      if (error.message) return error.message;
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
      {isApiError(error) && error.requestId ? (
        <p className="alert__reference">{t('errors.requestId', { id: error.requestId })}</p>
      ) : null}
    </div>
  );
}
