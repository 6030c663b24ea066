// <lantoa-stories unit limit lang layout heading-level>: the unit's published stories.
// Decision: only plain fields are rendered (title, summary, date, cover) through
// textContent/attributes, never the story's `html`, so no markup from the API can ever run
// here and no sanitiser ships in the bundle; "Đọc tiếp" links to the full story instead.

import { getJson, langOf, safeUrl, unitUrl } from './api';
import { LantoaElement } from './base-element';
import { h } from './dom';
import { formatDate, text } from './i18n';

type Story = {
  title?: unknown;
  summary?: unknown;
  permalink?: unknown;
  publishedAt?: unknown;
  coverImageUrl?: unknown;
};

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Clamp to 1..12 so a typo cannot ask the API for a thousand stories. */
function limitOf(el: Element): number {
  const n = Number.parseInt(el.getAttribute('limit') ?? '', 10);
  return n > 0 ? Math.min(n, 12) : 3;
}

export class LantoaStories extends LantoaElement {
  static observedAttributes = ['unit', 'limit', 'lang', 'api', 'heading-level'];

  protected async render(isCurrent: () => boolean): Promise<void> {
    const lang = langOf(this);
    const limit = limitOf(this);
    const level = Number(this.getAttribute('heading-level'));
    const tag = `h${level >= 1 && level <= 6 ? level : 2}` as 'h2';
    const heading = h(tag, { class: 't' }, text[lang].stories);
    // Skeleton of the expected size while loading, so the partner page does not jump.
    const list = h('ul', { role: 'list', 'aria-busy': 'true' });
    for (let i = 0; i < limit; i++) list.append(h('li', { class: 's', 'aria-hidden': 'true' }));
    this.hidden = false;
    this.root.replaceChildren(heading, list);

    const data = await getJson<{ stories?: Story[] }>(
      unitUrl(this, 'stories.json', { limit: String(limit) }),
    );
    if (!isCurrent()) return;
    const stories = Array.isArray(data?.stories) ? data.stories.slice(0, limit) : null;
    if (!stories) {
      this.root.replaceChildren(h('p', { role: 'status', class: 'm' }, text[lang].failed));
      return;
    }
    // A unit with no stories yet shows nothing rather than an empty heading.
    this.hidden = stories.length === 0;
    list.removeAttribute('aria-busy');
    list.replaceChildren(...stories.map((s, i) => this.item(s, i, lang)));
  }

  private item(story: Story, index: number, lang: 'vi' | 'en'): HTMLLIElement {
    const article = h('article');
    const cover = safeUrl(story.coverImageUrl);
    if (cover) {
      // Decorative: the title right below says what the story is.
      article.append(
        h('img', { src: cover, alt: '', loading: 'lazy', width: '640', height: '360' }),
      );
    }
    const id = `s${index}`;
    article.append(h('h3', { id }, str(story.title)));
    const published = str(story.publishedAt);
    const date = formatDate(published, lang);
    if (date) article.append(h('time', { class: 'm', datetime: published }, date));
    article.append(h('p', {}, str(story.summary)));
    const href = safeUrl(story.permalink);
    if (href) {
      // aria-describedby makes each "Read more" distinct in a screen reader's links list.
      article.append(h('a', { href, 'aria-describedby': id }, text[lang].readMore));
    }
    const li = h('li');
    li.append(article);
    return li;
  }
}
