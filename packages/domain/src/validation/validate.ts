import type { z } from 'zod';
import { interpolate, type Language } from '../i18n/language.js';
import { FIELD_LABELS, VALIDATION_MESSAGES, type ValidationCode } from './messages.js';

/** One problem with one field, as the API returns it and the admin shows it. */
export interface FieldIssue {
  /** Dotted path of the field, e.g. `name` or `members.0.role`; empty for the whole body. */
  field: string;
  /** Stable code, a key of VALIDATION_MESSAGES. */
  code: ValidationCode;
  /** Human message in the requested language, naming the field. */
  message: string;
}

export type ValidationResult<T> =
  { success: true; data: T } | { success: false; issues: FieldIssue[] };

const isKnownCode = (value: unknown): value is ValidationCode =>
  typeof value === 'string' && value in VALIDATION_MESSAGES.sv;

interface Classified {
  code: ValidationCode;
  values?: Record<string, unknown>;
}

/** Maps a zod issue to one of our stable codes (schemas may name a code as the issue's message). */
function classify(issue: z.core.$ZodIssue): Classified {
  if (isKnownCode(issue.message)) return { code: issue.message };
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return { code: 'required' };
      if (issue.expected === 'int') return { code: 'not_integer' };
      if (issue.expected === 'date') return { code: 'invalid_date' };
      return { code: 'invalid_type', values: { expected: issue.expected } };
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string')
        return minimum <= 1 ? { code: 'required' } : { code: 'too_short', values: { minimum } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { code: 'too_few_items', values: { minimum } };
      return { code: 'too_small', values: { minimum } };
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return { code: 'too_long', values: { maximum } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { code: 'too_many_items', values: { maximum } };
      return { code: 'too_big', values: { maximum } };
    }
    case 'invalid_format':
      if (issue.format === 'email') return { code: 'invalid_email' };
      if (issue.format === 'uuid' || issue.format === 'guid') return { code: 'invalid_uuid' };
      if (issue.format === 'date') return { code: 'invalid_date' };
      if (issue.format === 'url') return { code: 'invalid_url' };
      return { code: 'invalid_format' };
    case 'invalid_value':
      if (issue.input === undefined || issue.input === null) return { code: 'required' };
      return { code: 'invalid_choice', values: { values: issue.values.map(String).join(', ') } };
    default:
      return { code: 'invalid' };
  }
}

function fieldLabel(path: string, language: Language): string {
  const last =
    path
      .split('.')
      .filter((p) => !/^\d+$/.test(p))
      .pop() ?? '';
  return FIELD_LABELS[language][last] ?? (path || (language === 'sv' ? 'Innehållet' : 'The input'));
}

/** One issue for a rule a schema cannot check alone (e.g. a reference that must exist). */
export function fieldIssue(
  field: string,
  code: ValidationCode,
  language: Language,
  values: Record<string, unknown> = {},
): FieldIssue {
  return {
    field,
    code,
    message: interpolate(VALIDATION_MESSAGES[language][code], {
      ...values,
      field: fieldLabel(field, language),
    }),
  };
}

/** Turns zod issues into field issues with messages in the user's language. */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  language: Language,
): FieldIssue[] {
  const result: FieldIssue[] = [];
  for (const issue of issues) {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const field = [...base, key].join('.');
        result.push({
          field,
          code: 'unknown_field',
          message: interpolate(VALIDATION_MESSAGES[language].unknown_field, { field }),
        });
      }
      continue;
    }
    const field = base.join('.');
    const { code, values } = classify(issue);
    result.push({
      field,
      code,
      message: interpolate(VALIDATION_MESSAGES[language][code], {
        ...values,
        field: fieldLabel(field, language),
      }),
    });
  }
  return result;
}

/** Validates input against a schema; the one entry point both the API and the admin use. */
export function validateInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  language: Language,
): ValidationResult<z.output<S>> {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return { success: true, data: parsed.data };
  return { success: false, issues: describeIssues(parsed.error.issues, language) };
}
