// GET /public/stories/:slug — the page a story's permalink opens: server-rendered HTML, no
// script at all, the body already sanitised on save and sanitised again here, under a CSP
// that allows only our stylesheet and https images. Cached like the rest of /public.
import { formatDateVi, todayInVietnam } from '@lantoa/domain';
import type { FastifyInstance } from 'fastify';
import { safeImageUrl, sanitizeStoryHtml } from '../sanitize/sanitize-story-html.js';
import { type PublicDeps, pathParam } from './public-params.js';
import { serveFromCache, toCachedResponse } from './public-reply.js';
import { escapeXml } from './xml.js';

export const STORY_PAGE_CSP =
  "default-src 'none'; style-src 'self'; img-src https: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const HTML_TYPE = 'text/html; charset=utf-8';

const STYLES = `body{margin:0;font:17px/1.6 system-ui,"Noto Sans",sans-serif;color:#1c1c1c;background:#f7f5f2}
main{max-width:42rem;margin:0 auto;padding:1.5rem 1rem 3rem}
header{border-top:4px solid #c8102e;background:#fff;padding:1rem}
header p{margin:0;max-width:42rem;margin-inline:auto;font-weight:600;color:#c8102e}
h1{font-size:1.75rem;line-height:1.25;margin:.5rem 0}
.meta{color:#555;font-size:.9rem}
img{width:100%;height:auto;border-radius:6px}
a{color:#a00d26}
blockquote{margin:1rem 0;padding-left:1rem;border-left:3px solid #c8102e;color:#333}`;

function page(story: {
  title: string;
  summary: string;
  body_html: string;
  cover_image_url: string | null;
  published_at: Date | string | null;
  unitName: string;
}) {
  const cover = safeImageUrl(story.cover_image_url);
  const date = story.published_at ? formatDateVi(todayInVietnam(new Date(story.published_at))) : '';
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(story.title)} · ${escapeXml(story.unitName)}</title>
<meta name="description" content="${escapeXml(story.summary)}">
<link rel="stylesheet" href="/public/story.css"></head>
<body><header><p>${escapeXml(story.unitName)}</p></header>
<main><article><h1>${escapeXml(story.title)}</h1>
<p class="meta"><time datetime="${escapeXml(new Date(story.published_at ?? 0).toISOString())}">${date}</time></p>
${cover ? `<img src="${escapeXml(cover)}" alt="">` : ''}
<p><strong>${escapeXml(story.summary)}</strong></p>
${sanitizeStoryHtml(story.body_html)}
</article></main></body></html>`;
}

const notFoundPage = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Không tìm thấy</title><link rel="stylesheet" href="/public/story.css"></head><body><main><h1>Không tìm thấy bài viết</h1><p>Bài viết không tồn tại hoặc chưa được đăng.</p></main></body></html>`;

export function registerStoryPage(app: FastifyInstance, deps: PublicDeps): void {
  const css = toCachedResponse({
    status: 200,
    body: STYLES,
    contentType: 'text/css; charset=utf-8',
  });
  app.get('/public/story.css', (req, reply) =>
    serveFromCache(req, reply, deps.cache, 'story.css', async () => css),
  );
  app.get<{ Params: { slug: string } }>('/public/stories/:slug', (req, reply) => {
    reply.header('content-security-policy', STORY_PAGE_CSP);
    const slug = pathParam(req.params.slug);
    if (slug === null) return reply.code(404).type(HTML_TYPE).send(notFoundPage);
    return serveFromCache(req, reply, deps.cache, `story-page|${slug}`, async () => {
      const story = await deps.db
        .selectFrom('stories as s')
        .innerJoin('units as u', 'u.id', 's.unit_id')
        .select([
          's.title',
          's.summary',
          's.body_html',
          's.cover_image_url',
          's.published_at',
          'u.name as unitName',
        ])
        .where('s.slug', '=', slug)
        .where('s.status', '=', 'published')
        .where('s.published_at', '<=', new Date())
        .executeTakeFirst();
      return story
        ? toCachedResponse({ status: 200, body: page(story), contentType: HTML_TYPE })
        : toCachedResponse({ status: 404, body: notFoundPage, contentType: HTML_TYPE });
    });
  });
}
