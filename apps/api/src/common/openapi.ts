import { applyDecorators, HttpCode } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiQuery, ApiResponse } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';
import { z } from 'zod';

/**
 * Zod schemas from @samla/domain are the single description of every body. They are
 * registered here as named OpenAPI components, so the generated admin client has types
 * named after the domain (OrgUnit, CreateOrgUnitInput …).
 */
const components = new Map<string, Record<string, unknown>>();

function toOpenApi(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    io,
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  delete json.$schema;
  // Recursive schemas (a goal's sub-goals) come with local definitions; OpenAPI wants them
  // as components. Schemas name them with .meta({ id }) so the component names are stable.
  const definitions = (json.definitions ?? json.$defs) as
    Record<string, Record<string, unknown>> | undefined;
  delete json.definitions;
  delete json.$defs;
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [
          k,
          k === '$ref' && typeof v === 'string'
            ? v.replace(/^#\/(definitions|\$defs)\//, '#/components/schemas/')
            : rewrite(v),
        ]),
      );
    return value;
  };
  for (const [name, definition] of Object.entries(definitions ?? {}))
    if (!components.has(name)) components.set(name, rewrite(definition) as Record<string, unknown>);
  return rewrite(json) as Record<string, unknown>;
}

export function schemaRef(name: string, schema: z.ZodType, io: 'input' | 'output' = 'output') {
  if (!components.has(name)) components.set(name, toOpenApi(schema, io));
  return { $ref: `#/components/schemas/${name}` };
}

export function arrayOf(name: string, schema: z.ZodType) {
  return { type: 'array' as const, items: schemaRef(name, schema) };
}

/** Adds the registered schemas to a generated document. */
export function withRegisteredSchemas(document: OpenAPIObject): OpenAPIObject {
  document.components ??= {};
  document.components.schemas ??= {};
  for (const [name, schema] of [...components.entries()].sort(([a], [b]) => a.localeCompare(b)))
    document.components.schemas[name] = schema;
  return document;
}

const fieldIssue = z.object({ field: z.string(), code: z.string(), message: z.string() });
export const errorBodySchema = z.object({
  statusCode: z.int(),
  code: z.string(),
  message: z.string(),
  issues: z.array(fieldIssue).optional(),
  current: z.unknown().optional(),
  requestId: z.string().optional(),
});

const errorResponse = (status: number, description: string) =>
  ApiResponse({ status, description, schema: schemaRef('ApiError', errorBodySchema) });

/**
 * One operation: a stable operationId (generated client names), a summary, the body it
 * takes, what it answers, and the error answers every route can give.
 */
export function ApiOperationSpec(spec: {
  id: string;
  summary: string;
  body?: { name: string; schema: z.ZodType };
  response?: {
    status?: number;
    name?: string;
    schema?: z.ZodType;
    array?: boolean;
    description?: string;
  };
  errors?: number[];
}) {
  const status = spec.response?.status ?? 200;
  const decorators = [
    ApiOperation({ operationId: spec.id, summary: spec.summary }),
    HttpCode(status),
  ];
  if (spec.body)
    decorators.push(ApiBody({ schema: schemaRef(spec.body.name, spec.body.schema, 'input') }));
  const r = spec.response;
  if (r?.schema && r.name) {
    decorators.push(
      ApiResponse({
        status,
        description: r.description ?? 'OK',
        schema: r.array ? arrayOf(r.name, r.schema) : schemaRef(r.name, r.schema),
      }),
    );
  } else {
    decorators.push(ApiResponse({ status, description: r?.description ?? 'Done' }));
  }
  const descriptions: Record<number, string> = {
    400: 'Invalid input: `issues` names each field',
    401: 'Not logged in',
    403: 'The role may not do this',
    404: 'Not found, or belongs to another kommun',
    409: 'Conflict: stale version or a rule of the domain',
    429: 'Too many attempts',
  };
  for (const code of spec.errors ?? [])
    decorators.push(errorResponse(code, descriptions[code] ?? 'Error'));
  return applyDecorators(...decorators);
}

/** Documents each field of a query schema as a query parameter. */
export function ApiQueryFromSchema(schema: z.ZodObject) {
  const json = toOpenApi(schema, 'input') as {
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  return applyDecorators(
    ...Object.entries(json.properties ?? {}).map(([name, property]) =>
      ApiQuery({ name, required: json.required?.includes(name) ?? false, schema: property }),
    ),
  );
}
