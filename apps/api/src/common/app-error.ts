import type { ErrorCode, FieldIssue } from '@samla/domain';

/**
 * An error the user can act on: an HTTP status, a stable code (translated by the error
 * filter in the caller's language) and values for the message's placeholders.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly values: Record<string, unknown> = {},
    /** Extra fields for the body, e.g. `current` on a 409. */
    readonly details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
  }

  static notFound(): AppError {
    return new AppError(404, 'not_found');
  }

  static forbidden(): AppError {
    return new AppError(403, 'forbidden');
  }

  /** A stale edit: 409 with the current state, so the user can see what changed. */
  static stale(current: unknown): AppError {
    return new AppError(409, 'stale_version', {}, { current });
  }
}

/** A 400 listing every field that is wrong. */
export class ValidationFailedError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super('validation_failed');
  }
}
