// GET /public/v1/openapi.json — the OpenAPI 3.1 document of the public API — and
// GET /docs/public-api — the same operations as a page a partner's web developer can read:
// server-rendered, Vietnamese first with English beside it, no script, strict CSP. Both are
// made once (they depend only on the code and the public origin) and served from memory.
import type { FastifyInstance } from 'fastify';
import { buildOpenApiDocument, inputSchema } from './openapi-document.js';
import { PUBLIC_OPERATIONS, type PublicOperation } from './public-operations.js';
import type { PublicDeps } from './public-params.js';
import { JSON_TYPE, serveFromCache, toCachedResponse } from './public-reply.js';
import { STORY_PAGE_CSP } from './story-page.js';
import { escapeXml } from './xml.js';

const HTML_TYPE = 'text/html; charset=utf-8';

const STYLES = `table{border-collapse:collapse;width:100%;font-size:.95rem;margin:.5rem 0}
th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}
code,pre{font:14px/1.5 ui-monospace,monospace;background:#fff;border-radius:4px}
pre{padding:.75rem;overflow-x:auto;border:1px solid #ddd}
section{border-top:1px solid #ddd;margin-top:1.5rem}
h2{font-size:1.2rem;word-break:break-all}
.en{color:#555}`;

function describeSchema(schema: Record<string, unknown>): string {
  if (Array.isArray(schema.enum)) return schema.enum.join(' | ');
  const bounds = [
    schema.minimum !== undefined ? `≥ ${schema.minimum}` : '',
    schema.maximum !== undefined ? `≤ ${schema.maximum}` : '',
    schema.default !== undefined ? `mặc định/default ${schema.default}` : '',
  ].filter(Boolean);
  return [String(schema.type ?? ''), ...bounds].join(', ');
}

function section(op: PublicOperation, origin: string) {
  const method = (op.method ?? 'get').toUpperCase();
  const params = op.parameters
    .map((p) => {
      const schema = inputSchema(p.schema);
      return (
        `<tr><td><code>${escapeXml(p.name)}</code></td><td>${p.in}${p.required ? ' *' : ''}</td>` +
        `<td>${escapeXml(describeSchema(schema))}</td><td>${escapeXml(String(schema.description ?? ''))}</td></tr>`
      );
    })
    .join('');
  const table = params
    ? `<table><thead><tr><th>Tham số / Parameter</th><th>Ở đâu / In</th><th>Kiểu / Type</th><th>Ý nghĩa / Meaning</th></tr></thead><tbody>${params}</tbody></table>`
    : '';
  return `<section id="${escapeXml(op.path)}"><h2>${method} ${escapeXml(op.path)}</h2>
<p><strong>${escapeXml(op.summary.vi)}</strong> <span class="en" lang="en">· ${escapeXml(op.summary.en)}</span></p>
<p>${escapeXml(op.description.vi)}<br><span class="en" lang="en">${escapeXml(op.description.en)}</span></p>
${table}<pre>curl ${op.method === 'post' ? "-X POST -H 'content-type: application/json' " : ''}'${escapeXml(origin + op.example)}'</pre></section>`;
}

export function renderApiDocsPage(origin: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>API công khai Lan Tỏa · Public API</title>
<link rel="stylesheet" href="/public/story.css"><link rel="stylesheet" href="/docs/public-api.css"></head>
<body><header><p>Lan Tỏa · API công khai <span lang="en">(public API)</span></p></header>
<main><h1>API công khai <span class="en" lang="en">· Public API</span></h1>
<p>Chỉ đọc, không cookie, CORS *, có thể lưu đệm (ETag, max-age=60). Mặc định tiếng Việt; thêm <code>lang=en</code> để có tiếng Anh.</p>
<p class="en" lang="en">Read-only, no cookies, CORS *, cacheable (ETag, max-age=60). Vietnamese by default; add <code>lang=en</code> for English.</p>
<p>Tài liệu máy đọc được <span class="en" lang="en">(machine-readable)</span>: <a href="/public/v1/openapi.json">/public/v1/openapi.json</a> (OpenAPI 3.1).</p>
<nav aria-label="Mục lục / Contents"><ul>${PUBLIC_OPERATIONS.map((op) => `<li><a href="#${escapeXml(op.path)}">${escapeXml(op.path)}</a></li>`).join('')}</ul></nav>
${PUBLIC_OPERATIONS.map((op) => section(op, origin)).join('\n')}
</main></body></html>`;
}

export function registerApiDocsRoutes(app: FastifyInstance, deps: PublicDeps): void {
  const origin = deps.publicOrigin;
  app.get('/public/v1/openapi.json', (req, reply) =>
    serveFromCache(req, reply, deps.cache, 'openapi.json', async () =>
      toCachedResponse({
        status: 200,
        body: JSON.stringify(buildOpenApiDocument(origin)),
        contentType: JSON_TYPE,
        effort: 'build',
      }),
    ),
  );
  app.get('/docs/public-api.css', (req, reply) =>
    serveFromCache(req, reply, deps.cache, 'public-api.css', async () =>
      toCachedResponse({ status: 200, body: STYLES, contentType: 'text/css; charset=utf-8' }),
    ),
  );
  app.get('/docs/public-api', (req, reply) => {
    reply.header('content-security-policy', STORY_PAGE_CSP);
    return serveFromCache(req, reply, deps.cache, 'public-api-page', async () =>
      toCachedResponse({ status: 200, body: renderApiDocsPage(origin), contentType: HTML_TYPE }),
    );
  });
}
