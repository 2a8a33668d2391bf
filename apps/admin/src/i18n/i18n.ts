import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@samla/domain';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { sv } from './sv';

const STORAGE_KEY = 'samla.language';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** The language the UI shows now; also what the API is asked to answer in. */
export function currentLanguage(): Language {
  const language = i18next.resolvedLanguage ?? i18next.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}

// Remember the choice and tell browsers and screen readers which language the page is in.
i18next.on('languageChanged', (language) => {
  if (!isLanguage(language)) return;
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the choice then lasts until reload.
  }
});

// Only the shell's strings (layout, login, start page, errors); each area's come with the
// area's chunk (namespaces.ts).
void i18next.use(initReactI18next).init({
  resources: {
    sv: {
      translation: sv,
    },
    en: {
      translation: en,
    },
  },
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false }, // React escapes.
  initAsync: false,
  react: { useSuspense: false },
});

export { i18next as i18n };
