import fc from 'fast-check';
import { exampleFor, idParameters, type OpenApiDocument, type Operation } from './openapi-walk.js';

/**
 * Requests that are wrong by construction, generated from a route's OpenAPI description:
 * one valid-looking request with exactly one thing broken, so the answer must be a 4xx and
 * (for the field mutations) the message must name that field.
 */

type Schema = Parameters<typeof exampleFor>[1] & {
  maxLength?: number;
  maximum?: number;
  maxItems?: number;
  pattern?: string;
  additionalProperties?: boolean;
};

export interface BadRequest {
  kind: string;
  /** The field the answer must name (top-level body property), when the mutation targets one. */
  field?: string;
  path: string;
  body?: unknown;
  /** Sent as is, with `contentType`, instead of JSON. */
  raw?: { text: string; contentType: string };
}

export function resolve(doc: OpenApiDocument, schema: Schema | undefined): Schema | undefined {
  let current = schema;
  for (let i = 0; current?.$ref && i < 10; i++)
    current = doc.components?.schemas?.[current.$ref.split('/').pop() ?? ''] as Schema;
  return current;
}

type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'null';

/** The JSON types a schema accepts (undefined: anything). */
function acceptedTypes(doc: OpenApiDocument, raw: Schema | undefined): Set<JsonType> | undefined {
  const schema = resolve(doc, raw);
  if (!schema) return undefined;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    const all = new Set<JsonType>();
    for (const alternative of alternatives) {
      const types = acceptedTypes(doc, alternative);
      if (!types) return undefined;
      types.forEach((t) => all.add(t));
    }
    if (schema.nullable) all.add('null');
    return all;
  }
  if (!schema.type) return schema.enum ? new Set(['string']) : undefined;
  const types = new Set<JsonType>([schema.type as JsonType]);
  if (schema.type === 'number') types.add('integer');
  if (schema.nullable) types.add('null');
  return types;
}

const SAMPLES: Array<[Exclude<JsonType, 'null'>, fc.Arbitrary<unknown>]> = [
  ['string', fc.string({ maxLength: 20 })],
  ['integer', fc.integer()],
  [
    'number',
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n)),
  ],
  ['boolean', fc.boolean()],
  ['array', fc.array(fc.integer(), { maxLength: 3 })],
  ['object', fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.integer(), { maxKeys: 2 })],
];

function wrongType(doc: OpenApiDocument, schema: Schema): fc.Arbitrary<unknown> | undefined {
  const accepted = acceptedTypes(doc, schema);
  if (!accepted) return undefined;
  const wrong = SAMPLES.filter(
    ([type]) => !accepted.has(type) && !(type === 'integer' && accepted.has('number')),
  ).map(([, arbitrary]) => arbitrary);
  if (!accepted.has('null')) wrong.push(fc.constant(null));
  return wrong.length ? fc.oneof(...wrong) : undefined;
}

const INVALID_DATES = [
  '2026-02-30',
  '2025-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-1-1',
  '26-01-01',
  '2026/01/01',
  'imorgon',
  '',
  '2026-01-01T25:00:00Z',
  '9999999-01-01',
];

/** A personnummer with a valid check digit, inside ordinary text. */
export const personnummerText = fc
  .tuple(
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 0, max: 999 }),
    fc.constantFrom('-', '+', '', ' '),
    fc.constantFrom('', '19', '20'),
  )
  .map(([yy, mm, dd, serial, separator, century]) => {
    const nine =
      [yy, mm, dd].map((n) => String(n).padStart(2, '0')).join('') +
      String(serial).padStart(3, '0');
    let sum = 0;
    for (let i = 0; i < 9; i++) {
      let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
      if (d > 9) d -= 9;
      sum += d;
    }
    const check = (10 - (sum % 10)) % 10;
    return `Uppföljning av ${century}${nine.slice(0, 6)}${separator}${nine.slice(6)}${check} i ärendet`;
  });

/** Values of the right JSON type but outside what the field allows. */
function outOfBounds(
  doc: OpenApiDocument,
  raw: Schema,
  /** A password: any text may be one, a personnummer too (it is never stored as text). */
  secret = false,
): Array<[string, fc.Arbitrary<unknown>]> {
  const schema = resolve(
    doc,
    raw.anyOf?.find((s) => (s as Schema).type !== 'null') ?? raw,
  ) as Schema;
  if (!schema) return [];
  const out: Array<[string, fc.Arbitrary<unknown>]> = [];
  if (schema.enum)
    out.push([
      'enum',
      fc.string({ maxLength: 30 }).filter((s) => !(schema.enum ?? []).includes(s)),
    ]);
  if (schema.type === 'integer' || schema.type === 'number') {
    if (schema.maximum !== undefined)
      out.push([
        'too-large',
        fc.oneof(
          fc.constant(schema.maximum + 1),
          fc.double({ min: schema.maximum + 1, max: 1e300, noNaN: true }),
        ),
      ]);
    if (schema.minimum !== undefined)
      out.push([
        'too-small',
        fc.oneof(
          fc.constant(schema.minimum - 1),
          fc.double({ min: -1e300, max: schema.minimum - 1, noNaN: true }),
        ),
      ]);
    if (schema.type === 'integer') out.push(['fraction', fc.constant((schema.minimum ?? 0) + 0.5)]);
  }
  if (schema.type === 'string') {
    if (schema.format === 'uuid' || schema.format === 'email' || schema.pattern) {
      const pattern = schema.pattern ? new RegExp(schema.pattern) : undefined;
      const malformed = fc
        .oneof(
          fc.string({ maxLength: 40 }),
          fc.uuid().map((u) => u.replace(/-/g, '')),
          fc.uuid().map((u) => `${u}x`),
          fc.uuid().map((u) => u.replace(/^./, 'g')),
          fc.constant("' OR 1=1 --"),
        )
        .filter((s) => (pattern ? !pattern.test(s) : !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s)));
      out.push([schema.format === 'uuid' ? 'malformed-uuid' : 'pattern', malformed]);
    }
    if (schema.format === 'date' || schema.format === 'date-time')
      out.push(['invalid-date', fc.constantFrom(...INVALID_DATES)]);
    if (schema.maxLength !== undefined)
      out.push([
        'huge-string',
        fc.oneof(
          fc.constant('å'.repeat(schema.maxLength + 1)),
          fc.integer({ min: schema.maxLength + 1, max: 200_000 }).map((n) => 'x'.repeat(n)),
        ),
      ]);
    if ((schema.minLength ?? 0) > 0) out.push(['empty-string', fc.constant('')]);
    if (!schema.format && !schema.enum && !schema.pattern && !secret)
      out.push(['personnummer', personnummerText]);
  }
  if (schema.type === 'array') {
    if (schema.maxItems !== undefined) {
      const item = exampleFor(doc, schema.items);
      out.push([
        'too-many-items',
        fc.constant(Array.from({ length: schema.maxItems + 1 }, () => item)),
      ]);
    }
    const itemWrong = schema.items ? wrongType(doc, schema.items) : undefined;
    if (itemWrong) out.push(['wrong-item-type', itemWrong.map((v) => [v])]);
  }
  return out;
}

/** Bodies that are not the JSON object the route wants, or not JSON at all. */
function wholeBodyMutations(valid: unknown): fc.Arbitrary<BadRequest['raw'] & { kind: string }> {
  const json = JSON.stringify(valid ?? {});
  const broken = fc.oneof(
    fc.constantFrom(
      '{',
      '{"title": ',
      '[1,2',
      "{'title': 'x'}",
      '{"a":1,}',
      'undefined',
      '{"a":"\\u12"}',
    ),
    fc.integer({ min: 1, max: Math.max(1, json.length - 1) }).map((n) => json.slice(0, n)),
  );
  return fc.oneof(
    broken.map((text) => ({ kind: 'broken-json', text, contentType: 'application/json' })),
    fc
      .constantFrom('text/plain', 'application/xml', 'application/x-www-form-urlencoded')
      .map((contentType) => ({
        kind: 'wrong-content-type',
        text: contentType.includes('urlencoded')
          ? new URLSearchParams([
              ['title', 'Formulär'] as [string, string],
              ...Object.entries((valid as Record<string, unknown>) ?? {}).map(
                ([k, v]): [string, string] => [k, String(v)],
              ),
            ]).toString()
          : json,
        contentType,
      })),
    fc
      .constantFrom('[]', '42', '"text"', 'null', 'true', '[{}]')
      .map((text) => ({ kind: 'not-an-object', text, contentType: 'application/json' })),
  );
}

const ANY_UUID_V4 = fc.uuid({ version: 4 });

/**
 * Every kind of bad request for `op`, at `validPath` (its real ids filled in): field
 * mutations of the JSON body, whole-body mutations, and broken path parameters.
 */
export function badRequests(
  doc: OpenApiDocument,
  op: Operation,
  validPath: string,
): fc.Arbitrary<BadRequest> {
  const cases: Array<fc.Arbitrary<BadRequest>> = [];
  const bodySchema = resolve(doc, op.bodySchema as Schema);
  const valid = exampleFor(doc, op.bodySchema) as Record<string, unknown> | undefined;
  if (bodySchema?.type === 'object' && bodySchema.properties) {
    const withField = (kind: string, field: string, value: fc.Arbitrary<unknown>) =>
      value.map((v): BadRequest => ({
        kind,
        field,
        path: validPath,
        body: { ...valid, [field]: v },
      }));
    for (const [field, raw] of Object.entries(bodySchema.properties)) {
      const wrong = wrongType(doc, raw as Schema);
      if (wrong) cases.push(withField('wrong-type', field, wrong));
      for (const [kind, value] of outOfBounds(doc, raw as Schema, /password/i.test(field)))
        cases.push(withField(kind, field, value));
    }
    for (const field of bodySchema.required ?? []) {
      const { [field]: _dropped, ...rest } = valid ?? {};
      cases.push(fc.constant({ kind: 'missing-required', field, path: validPath, body: rest }));
    }
    if (bodySchema.additionalProperties === false)
      cases.push(
        fc
          .stringMatching(/^[a-zA-Z][a-zA-Z0-9_]{0,15}$/)
          .filter((key) => !(key in (bodySchema.properties ?? {})))
          .chain((key) =>
            fc.jsonValue({ maxDepth: 1 }).map((value): BadRequest => ({
              kind: 'extra-field',
              field: key,
              path: validPath,
              body: { ...valid, [key]: value },
            })),
          ),
      );
  }
  if (op.bodySchema)
    cases.push(
      wholeBodyMutations(valid).map(({ kind, text, contentType }) => ({
        kind,
        path: validPath,
        raw: { text, contentType },
      })),
    );
  // Broken path parameters: malformed ids and codes, ids that do not exist.
  const params = idParameters(op.path);
  const segments = op.path.split('/');
  const validSegments = validPath.split('/');
  for (const { name } of params) {
    const at = segments.indexOf(`{${name}}`);
    const withParam = (kind: string, value: fc.Arbitrary<string>) =>
      value.map((v): BadRequest => {
        const parts = [...validSegments];
        parts[at] = encodeURIComponent(v);
        return { kind, path: parts.join('/'), body: valid };
      });
    cases.push(
      withParam(
        'malformed-path-id',
        fc.oneof(
          fc
            .stringMatching(/^[a-z0-9-]{1,40}$/)
            .filter((s) => !/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/.test(s)),
          fc.constantFrom('1', '00000000-0000-0000-0000-00000000000g', 'null', '..', '%00', 'ÅÄÖ'),
        ),
      ),
      withParam('unknown-path-id', ANY_UUID_V4),
    );
  }
  const codeAt = segments.indexOf('{code}');
  if (codeAt >= 0)
    cases.push(
      fc
        .oneof(
          fc.stringMatching(/^[0-9]{1,6}$/),
          fc.constantFrom('abcd', '0000', '9999', '14 89', 'ÅÄÖÅ'),
        )
        .filter((code) => code !== validSegments[codeAt])
        .map((code): BadRequest => {
          const parts = [...validSegments];
          parts[codeAt] = encodeURIComponent(code);
          return { kind: 'bad-code', path: parts.join('/'), body: valid };
        }),
    );
  return fc.oneof(...cases);
}
