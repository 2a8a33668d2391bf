import { i18n } from './i18n';

/**
 * Adds an area's strings, in Swedish and English, to i18next. Each area's strings travel
 * in the area's own chunk, not in the main bundle (docs/benchmarks.md, figure 4a): every
 * module that shows an area's strings imports the area's catalogue module (`../i18n/plans`
 * …), which calls this as the chunk loads, before any of its components renders. Both
 * languages come together, so switching language on an area's page needs no further load;
 * Swedish stays the fallback (fallbackLng).
 */
export function addNamespace(namespace: string, catalogues: { sv: object; en: object }): void {
  for (const [language, strings] of Object.entries(catalogues)) {
    if (!i18n.hasResourceBundle(language, namespace))
      i18n.addResourceBundle(language, namespace, strings);
  }
}
