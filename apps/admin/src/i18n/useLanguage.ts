import { DEFAULT_LANGUAGE, type Language } from '@samla/domain';
import { useTranslation } from 'react-i18next';
import { isLanguage } from './i18n';

/** The current UI language; components re-render when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}
