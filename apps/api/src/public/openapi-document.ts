// The OpenAPI 3.1 document of /public/v1, built from the zod schemas the routes use
// (public-schemas.ts) with zod's own z.toJSONSchema: OpenAPI 3.1 schemas are JSON Schema
// 2020-12, which is what it emits, so no other generator is needed. Named bodies go into
// components through a private registry (the global one is the domain's business).
import { z } from 'zod';
import {
  ZAppealBody,
  ZDriveBody,
  ZFormTokenBody,
  ZPledgeCreatedBody,
  ZRegistrationCreatedBody,
} from './public-appeal-schemas.js';
import { PUBLIC_OPERATIONS, type PublicOperation } from './public-operations.js';
import {
  ZComplianceBody,
  ZPublicError,
  ZRollupsBody,
  ZStoriesBody,
  ZUnitsBody,
} from './public-schemas.js';

type JsonSchema = Record<string, unknown>;

const components = z.registry<{ id: string }>();
components.add(ZPublicError, { id: 'PublicError' });
components.add(ZUnitsBody, { id: 'UnitList' });
components.add(ZComplianceBody, { id: 'Compliance' });
components.add(ZStoriesBody, { id: 'Stories' });
components.add(ZRollupsBody, { id: 'ProvinceRollups' });
components.add(ZAppealBody, { id: 'Appeal' });
components.add(ZFormTokenBody, { id: 'FormToken' });
components.add(ZPledgeCreatedBody, { id: 'PledgeCreated' });
components.add(ZDriveBody, { id: 'Drive' });
components.add(ZRegistrationCreatedBody, { id: 'RegistrationCreated' });

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

export function inputSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input' }) as JsonSchema;
  return rest;
}

const CACHE_HEADERS = {
  ETag: { schema: { type: 'string' }, description: 'Strong; send it back in If-None-Match.' },
  'Cache-Control': { schema: { type: 'string' } },
};

function responses(op: PublicOperation) {
  const isSvg = op.body === 'svg';
  const ok = isSvg ? { type: 'string' } : op.body === 'any' ? { type: 'object' } : ref(op.body);
  const type = isSvg ? 'image/svg+xml' : 'application/json';
  const error = { content: { 'application/json': { schema: ref('PublicError') } } };
  const typedError = {
    content: { [type]: { schema: isSvg ? { type: 'string' } : ref('PublicError') } },
  };
  const success = op.method === 'post' ? '201' : '200';
  return {
    [success]: {
      description: op.method === 'post' ? 'Created' : 'OK',
      ...(op.isUncached ? {} : { headers: CACHE_HEADERS }),
      content: { [type]: { schema: ok } },
    },
    ...(op.isUncached
      ? {}
      : { '304': { description: 'Not modified (If-None-Match matched the ETag).' } }),
    ...Object.fromEntries(
      (op.refusals ?? []).map((r) => [String(r.status), { description: r.description, ...error }]),
    ),
    ...(op.body !== 'any' && op.body !== 'FormToken'
      ? { '404': { description: 'No such unit, appeal or indicator.', ...typedError } }
      : {}),
    '503': {
      description: 'The database cannot be reached and nothing was cached; see Retry-After.',
      ...typedError,
    },
  };
}

export function buildOpenApiDocument(serverOrigin: string) {
  const { schemas } = z.toJSONSchema(components, {
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  const paths = Object.fromEntries(
    PUBLIC_OPERATIONS.map((op) => [
      op.path,
      {
        [op.method ?? 'get']: {
          summary: `${op.summary.vi} · ${op.summary.en}`,
          description: `${op.description.vi}\n\n${op.description.en}`,
          parameters: op.parameters.map((p) => ({
            name: p.name,
            in: p.in,
            required: p.required,
            schema: inputSchema(p.schema),
          })),
          ...(op.requestBody
            ? {
                requestBody: {
                  required: true,
                  content: { 'application/json': { schema: inputSchema(op.requestBody) } },
                },
              }
            : {}),
          responses: responses(op),
        },
      },
    ]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lan Tỏa public API',
      version: '1',
      description:
        'Read-only, no cookies, CORS *, cacheable (ETag, max-age=60). Vietnamese by default; lang=en for English.',
    },
    servers: [{ url: serverOrigin }],
    paths,
    components: { schemas },
  };
}
