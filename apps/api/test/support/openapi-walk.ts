/** Walks the API's own OpenAPI document, so route-wide tests cover routes added later. */

type Schema = {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  format?: string;
  minLength?: number;
  minimum?: number;
  minItems?: number;
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  default?: unknown;
};

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}

interface OperationObject {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface Operation {
  method: string;
  path: string;
  operationId: string;
  bodySchema?: Schema;
  /** Required query parameters, so a route answers for its access rules, not a 400. */
  requiredQuery: Parameter[];
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

export function operations(doc: OpenApiDocument): Operation[] {
  const result: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(item))
      if (METHODS.has(method))
        result.push({
          method,
          path,
          operationId: op.operationId ?? `${method} ${path}`,
          bodySchema: op.requestBody?.content?.['application/json']?.schema,
          requiredQuery: (op.parameters ?? []).filter((p) => p.in === 'query' && p.required),
        });
  return result;
}

/** A body that satisfies the schema's shape, so a route answers for its access rules, not a 400. */
export function exampleFor(doc: OpenApiDocument, schema: Schema | undefined, depth = 0): unknown {
  if (!schema || depth > 8) return undefined;
  if (schema.$ref)
    return exampleFor(
      doc,
      doc.components?.schemas?.[schema.$ref.split('/').pop() ?? ''],
      depth + 1,
    );
  if (schema.default !== undefined) return schema.default;
  const alternative = schema.anyOf ?? schema.oneOf;
  if (alternative)
    return exampleFor(doc, alternative.find((s) => s.type !== 'null') ?? alternative[0], depth + 1);
  if (schema.allOf)
    return Object.assign({}, ...schema.allOf.map((s) => exampleFor(doc, s, depth + 1) as object));
  if (schema.enum) return schema.enum[0];
  switch (schema.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? [])
        out[key] = exampleFor(doc, schema.properties?.[key], depth + 1);
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () =>
        exampleFor(doc, schema.items, depth + 1),
      );
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, 1);
    case 'boolean':
      return false;
    case 'string':
      if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
      if (schema.format === 'email') return 'someone@example.se';
      if (schema.format === 'date') return '2026-01-01';
      if (schema.format === 'date-time') return '2026-01-01T00:00:00Z';
      return 'Exempel'.padEnd(schema.minLength ?? 1, 'x');
    default:
      return undefined;
  }
}

/** `org-units` → `org_units`: tenant-owned tables are named after their route segment. */
export const tableForSegment = (segment: string) => segment.replace(/-/g, '_');

/** The path parameters after `{code}`, each with the route segment that names its table. */
export function idParameters(path: string): Array<{ name: string; segment: string }> {
  const parts = path.split('/');
  const result: Array<{ name: string; segment: string }> = [];
  parts.forEach((part, i) => {
    const match = /^\{(\w+)\}$/.exec(part);
    if (match?.[1] && match[1] !== 'code')
      result.push({ name: match[1], segment: parts[i - 1] ?? '' });
  });
  return result;
}

/** The path with example values for the operation's required query parameters. */
export function withRequiredQuery(doc: OpenApiDocument, op: Operation, path: string): string {
  if (op.requiredQuery.length === 0) return path;
  const query = new URLSearchParams(
    op.requiredQuery.map((p): [string, string] => [p.name, String(exampleFor(doc, p.schema))]),
  );
  return `${path}?${query.toString()}`;
}
