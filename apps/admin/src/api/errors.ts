import type { FieldIssue } from '@samla/domain';

/** Every error the API sends: `{statusCode, code, message, issues?, requestId}`. */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  issues?: FieldIssue[];
  requestId?: string;
  [extra: string]: unknown;
}

/** A failed API call. `status` is 0 when the API could not be reached at all. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly issues: FieldIssue[];
  readonly requestId: string | undefined;
  /** The whole error body, for codes that carry more (e.g. `current` on stale_version). */
  readonly body: Partial<ApiErrorBody>;

  constructor(status: number, body: Partial<ApiErrorBody>) {
    super(body.message ?? '');
    this.status = status;
    this.code = body.code ?? (status === 0 ? 'network_error' : 'unknown_error');
    this.issues = Array.isArray(body.issues) ? body.issues : [];
    this.requestId = body.requestId;
    this.body = body;
  }

  static fromResponse(response: Response, body: unknown): ApiError {
    const parsed = typeof body === 'object' && body !== null ? (body as Partial<ApiErrorBody>) : {};
    return new ApiError(response.status, parsed);
  }

  static network(cause: unknown): ApiError {
    const error = new ApiError(0, {});
    error.cause = cause;
    return error;
  }
}

export const isApiError = (error: unknown, code?: string): error is ApiError =>
  error instanceof ApiError && (code === undefined || error.code === code);

interface ClientResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws an ApiError with the
 * server's code, message and field issues.
 */
export async function call<T>(request: Promise<ClientResult<T>>): Promise<T> {
  let result: ClientResult<T>;
  try {
    result = await request;
  } catch (cause) {
    throw ApiError.network(cause);
  }
  if (!result.response.ok) throw ApiError.fromResponse(result.response, result.error);
  return result.data as T;
}
