import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import { ERROR_MESSAGES, interpolate, type ErrorCode, type Language } from '@samla/domain';
import type { Response } from 'express';
import { ClsServiceManager } from 'nestjs-cls';
import { AppError, ValidationFailedError } from './app-error.js';
import { isDatabaseUnavailable } from '../database/database-unavailable.js';
import type { RequestContext } from './request-context.js';

interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  requestId?: string;
  [extra: string]: unknown;
}

/**
 * Turns every error into the same JSON shape, in the caller's language, with a stable
 * code. Anything unexpected is logged with the request id and answered with 500 without
 * internals; what a user typed can never get there (validation answers 400 first).
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const cls = ClsServiceManager.getClsService<RequestContext>();
    const language: Language = (cls.isActive() && cls.get('language')) || 'sv';
    const requestId = cls.isActive() ? cls.getId() : undefined;
    const body = (
      status: number,
      code: ErrorCode,
      values: Record<string, unknown> = {},
    ): ErrorBody => ({
      statusCode: status,
      code,
      message: interpolate(ERROR_MESSAGES[language][code], { ...values, requestId }),
      requestId,
    });

    let payload: ErrorBody;
    if (exception instanceof ValidationFailedError) {
      payload = { ...body(400, 'validation_failed'), issues: exception.issues };
    } else if (exception instanceof AppError) {
      for (const [name, value] of Object.entries(exception.headers))
        response.setHeader(name, value);
      payload = {
        ...body(exception.status, exception.code, exception.values),
        ...exception.details,
      };
    } else if (exception instanceof HttpException) {
      payload = this.fromHttpException(exception, body);
    } else if (this.pgCode(exception) === '23503') {
      // A reference the services did not foresee (e.g. deleting what another row points to).
      payload = body(409, 'reference_in_use');
    } else if (isDatabaseUnavailable(exception)) {
      this.logger.error({ msg: 'database unavailable', requestId, error: String(exception) });
      payload = body(503, 'database_unavailable');
    } else {
      this.logger.error({
        msg: 'unhandled error',
        requestId,
        error:
          exception instanceof Error
            ? { name: exception.name, message: exception.message, stack: exception.stack }
            : String(exception),
      });
      payload = body(500, 'internal_error');
    }
    response.status(payload.statusCode).json(payload);
  }

  private fromHttpException(
    exception: HttpException,
    body: (s: number, c: ErrorCode) => ErrorBody,
  ): ErrorBody {
    const status = exception.getStatus();
    const cause = (exception.getResponse() as { message?: unknown }) ?? {};
    // Express's JSON parser reports a body it cannot parse as a 400.
    if (
      status === 400 &&
      /JSON|Unexpected token|parse/i.test(String(cause.message ?? exception.message))
    )
      return body(400, 'malformed_body');
    if (status === 413) return body(413, 'payload_too_large');
    if (status === 404) return body(404, 'not_found');
    if (status === 401) return body(401, 'unauthenticated');
    if (status === 403) return body(403, 'forbidden');
    if (status === 400) return body(400, 'validation_failed');
    return body(
      status >= 500 ? 500 : status,
      status >= 500 ? 'internal_error' : 'validation_failed',
    );
  }

  private pgCode(exception: unknown): string | undefined {
    const error = exception as { code?: string; driverError?: { code?: string } };
    return error?.driverError?.code ?? error?.code;
  }
}
