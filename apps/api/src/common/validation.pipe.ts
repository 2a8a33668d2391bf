import { Injectable, type PipeTransform } from '@nestjs/common';
import { validateInput } from '@samla/domain';
import { ClsServiceManager } from 'nestjs-cls';
import type { z } from 'zod';
import { ValidationFailedError } from './app-error.js';
import type { RequestContext } from './request-context.js';

/**
 * Validates a body or query with a zod schema from @samla/domain, the same schema the admin
 * validates its forms with. Messages come in the caller's language.
 */
@Injectable()
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.output<S> {
    const language = ClsServiceManager.getClsService<RequestContext>().get('language') ?? 'sv';
    const result = validateInput(this.schema, value ?? {}, language);
    if (!result.success) throw new ValidationFailedError(result.issues);
    return result.data;
  }
}
