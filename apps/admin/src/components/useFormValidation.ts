import {
  FIELD_LABELS,
  type FieldIssue,
  interpolate,
  type Language,
  VALIDATION_MESSAGES,
  validateInput,
} from '@samla/domain';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { isApiError } from '../api/client';
import { useLanguage } from '../i18n/useLanguage';

export type Schema = Parameters<typeof validateInput>[0];
export type Output<S extends Schema> = Extract<
  ReturnType<typeof validateInput<S>>,
  { success: true }
>['data'];
export type Values = Record<string, unknown>;

/**
 * Client-side validation with the schema the API uses (@samla/domain), plus the field issues
 * the API returns. Client messages are worked out on each render, so they follow the UI
 * language; a server issue shows until its field is changed.
 */
export function useFormValidation<S extends Schema>(schema: S, values: Values) {
  const language = useLanguage();
  const [submitted, setSubmitted] = useState(false);
  const [server, setServer] = useState<{ issues: FieldIssue[]; values: Values } | null>(null);

  const result = validateInput(schema, values, language);
  const clientIssues =
    submitted && !result.success
      ? result.issues.map((issue) => plainer(issue, values, language))
      : [];

  const serverIssues = (server?.issues ?? []).filter(
    (issue) =>
      !(issue.field in values) || Object.is(values[issue.field], server?.values[issue.field]),
  );

  const errorFor = (field: string): string | undefined =>
    (
      clientIssues.find((issue) => issue.field === field) ??
      serverIssues.find((issue) => issue.field === field)
    )?.message;

  return {
    errorFor,
    /** Server issues about fields the form does not show (or about the whole body). */
    otherServerIssues: serverIssues
      .filter((issue) => !(issue.field in values))
      .map((i) => i.message),
    /**
     * Validates on submit. Returns the parsed data, or null after showing the errors and
     * moving focus to the first invalid field of `form`.
     */
    validate(form: HTMLFormElement | null): Output<S> | null {
      flushSync(() => {
        setSubmitted(true);
        setServer(null);
      });
      if (result.success) return result.data as Output<S>;
      form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return null;
    },
    /** Shows the field issues of a failed call; returns true when there were any. */
    showServerIssues(error: unknown, form: HTMLFormElement | null): boolean {
      if (!isApiError(error) || error.issues.length === 0) return false;
      flushSync(() => setServer({ issues: error.issues, values }));
      form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return true;
    },
    reset() {
      setSubmitted(false);
      setServer(null);
    },
  };
}

/**
 * Two zod answers that do not help a person. An empty choice (a select left at "Välj typ")
 * fails an enum as invalid_choice, whose message lists the raw codes: they need to hear that
 * the field is required. Text in a number field ("150 tkr") fails as invalid_type with
 * "number expected": they need to hear that it must be a whole number.
 */
function plainer(issue: FieldIssue, values: Values, language: Language): FieldIssue {
  const value = values[issue.field];
  const field = FIELD_LABELS[language][issue.field] ?? issue.field;
  if (issue.code === 'invalid_type' && typeof value === 'string' && value.trim() !== '') {
    return {
      ...issue,
      code: 'not_integer',
      message: interpolate(VALIDATION_MESSAGES[language].not_integer, { field }),
    };
  }
  if (issue.code !== 'invalid_choice' || (value !== undefined && value !== null && value !== '')) {
    return issue;
  }
  return {
    ...issue,
    code: 'required',
    message: interpolate(VALIDATION_MESSAGES[language].required, { field }),
  };
}
