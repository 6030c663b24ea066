// The story as the public feed will show it: cover, title, summary, body. The body is the
// editor's own output (only allowed tags exist in its schema) or, once saved, the server's
// sanitised copy; nothing here can carry a script or a style.
import { isHttpUrl } from '@lantoa/domain';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';

interface StoryPreviewProps {
  title: string;
  summary: string;
  coverImageUrl: string;
  bodyHtml: string;
}

export function StoryPreview({ title, summary, coverImageUrl, bodyHtml }: StoryPreviewProps) {
  const { t } = useLang();
  return (
    <section aria-labelledby="preview-title" className="card story-preview">
      <p className="muted small">{t(M.preview)}</p>
      <article>
        {isHttpUrl(coverImageUrl) ? (
          <img src={coverImageUrl} alt="" className="story-cover" />
        ) : null}
        <h2 id="preview-title">{title}</h2>
        {summary ? <p className="story-summary">{summary}</p> : null}
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: schema-limited editor output (no script, no style), sanitised again by the server */}
        <div className="story-body" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
      </article>
    </section>
  );
}
