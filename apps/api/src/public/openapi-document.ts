// The OpenAPI 3.1 document of /public/v1, built from the zod schemas the routes use
// (public-schemas.ts) with zod's own z.toJSONSchema: OpenAPI 3.1 schemas are JSON Schema
// 2020-12, which is what it emits, so no other generator is needed. Named bodies go into
// components through a private registry (the global one is the domain's business).
import { z } from 'zod';
import {
  ZComplianceBody,
  ZIndicatorCode,
  ZLang,
  ZPublicError,
  ZRollupsBody,
  ZRollupYear,
  ZStoriesBody,
  ZStoryLimit,
  ZUnitCode,
  ZUnitsBody,
} from './public-schemas.js';

type JsonSchema = Record<string, unknown>;
type Bilingual = { vi: string; en: string };

const components = z.registry<{ id: string }>();
components.add(ZPublicError, { id: 'PublicError' });
components.add(ZUnitsBody, { id: 'UnitList' });
components.add(ZComplianceBody, { id: 'Compliance' });
components.add(ZStoriesBody, { id: 'Stories' });
components.add(ZRollupsBody, { id: 'ProvinceRollups' });

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

function inputSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input' }) as JsonSchema;
  return rest;
}

export interface PublicParameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: z.ZodType;
}

export interface PublicOperation {
  path: string;
  summary: Bilingual;
  description: Bilingual;
  parameters: PublicParameter[];
  /** 'svg' for an image, a component id for JSON, 'any' for a JSON document of its own. */
  body: 'svg' | 'any' | 'UnitList' | 'Compliance' | 'Stories' | 'ProvinceRollups';
  example: string;
}

const code = (what: string): PublicParameter => ({
  name: 'code',
  in: 'path',
  required: true,
  schema: ZUnitCode.describe(what),
});
const lang: PublicParameter = { name: 'lang', in: 'query', required: false, schema: ZLang };

export const PUBLIC_OPERATIONS: PublicOperation[] = [
  {
    path: '/public/v1/units.json',
    summary: { vi: 'Danh sách đơn vị và mã', en: 'Units and their codes' },
    description: {
      vi: 'Các đơn vị đang hoạt động hôm nay, với mã để nhúng; `under` giới hạn trong một nhánh.',
      en: 'The units open today, with the codes to embed; `under` narrows to one subtree.',
    },
    parameters: [{ name: 'under', in: 'query', required: false, schema: ZUnitCode }, lang],
    body: 'UnitList',
    example: '/public/v1/units.json?under=an-giang',
  },
  {
    path: '/public/v1/provinces/{code}/rollups.json',
    summary: { vi: 'Số liệu tổng hợp của tỉnh', en: "A province's roll-ups" },
    description: {
      vi: 'Mỗi chỉ tiêu: số đơn vị đạt trên số đơn vị áp dụng, như kế hoạch tính ("100% …").',
      en: 'Per indicator: units that meet it over units it applies to, as the plan counts ("100% …").',
    },
    parameters: [
      code('The province code.'),
      { name: 'year', in: 'query', required: false, schema: ZRollupYear },
      lang,
    ],
    body: 'ProvinceRollups',
    example: '/public/v1/provinces/an-giang/rollups.json',
  },
  {
    path: '/public/v1/units/{code}/badge.svg',
    summary: { vi: 'Huy hiệu một chỉ tiêu', en: "One indicator's badge" },
    description: {
      vi: 'Ảnh SVG có role="img" và <title>; đơn vị đã giải thể vẫn trả lời và nêu đơn vị kế thừa.',
      en: 'An SVG with role="img" and <title>; a closed unit still answers and names its successor.',
    },
    parameters: [
      code('The unit code.'),
      { name: 'indicator', in: 'query', required: true, schema: ZIndicatorCode },
      lang,
    ],
    body: 'svg',
    example: '/public/v1/units/an-giang/badge.svg?indicator=CT-03',
  },
  {
    path: '/public/v1/units/{code}/compliance.json',
    summary: { vi: 'Trạng thái các chỉ tiêu của đơn vị', en: "A unit's indicators and states" },
    description: {
      vi: 'Các chỉ tiêu áp dụng cho đơn vị trong kỳ hiện tại, trạng thái và lý do bằng lời.',
      en: 'The indicators that apply to the unit in their current period, with state and reason.',
    },
    parameters: [code('The unit code.'), lang],
    body: 'Compliance',
    example: '/public/v1/units/an-giang/compliance.json?lang=en',
  },
  {
    path: '/public/v1/units/{code}/stories.json',
    summary: { vi: 'Bài viết đã đăng của đơn vị', en: "A unit's published stories" },
    description: {
      vi: 'Mới nhất trước; nội dung HTML đã được làm sạch.',
      en: 'Newest first; HTML bodies already sanitised.',
    },
    parameters: [
      code('The unit code.'),
      { name: 'limit', in: 'query', required: false, schema: ZStoryLimit },
      lang,
    ],
    body: 'Stories',
    example: '/public/v1/units/an-giang/stories.json?limit=3',
  },
  {
    path: '/public/v1/openapi.json',
    summary: { vi: 'Tài liệu OpenAPI này', en: 'This OpenAPI document' },
    description: { vi: 'OpenAPI 3.1, JSON.', en: 'OpenAPI 3.1, as JSON.' },
    parameters: [],
    body: 'any',
    example: '/public/v1/openapi.json',
  },
];

const CACHE_HEADERS = {
  ETag: { schema: { type: 'string' }, description: 'Strong; send it back in If-None-Match.' },
  'Cache-Control': { schema: { type: 'string' } },
};

function responses(op: PublicOperation) {
  const isSvg = op.body === 'svg';
  const ok = isSvg ? { type: 'string' } : op.body === 'any' ? { type: 'object' } : ref(op.body);
  const type = isSvg ? 'image/svg+xml' : 'application/json';
  const error = isSvg ? { type: 'string' } : ref('PublicError');
  return {
    '200': { description: 'OK', headers: CACHE_HEADERS, content: { [type]: { schema: ok } } },
    '304': { description: 'Not modified (If-None-Match matched the ETag).' },
    ...(op.body !== 'any'
      ? {
          '404': {
            description: 'No such unit (or indicator).',
            content: { [type]: { schema: error } },
          },
        }
      : {}),
    '503': {
      description: 'The database cannot be reached and nothing was cached; see Retry-After.',
      content: { [type]: { schema: error } },
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
        get: {
          summary: `${op.summary.vi} · ${op.summary.en}`,
          description: `${op.description.vi}\n\n${op.description.en}`,
          parameters: op.parameters.map((p) => ({
            name: p.name,
            in: p.in,
            required: p.required,
            schema: inputSchema(p.schema),
          })),
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
