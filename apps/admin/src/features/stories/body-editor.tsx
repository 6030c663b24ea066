// The story body as rich text, limited to what the server keeps (p, br, strong, em, ul,
// ol, li, a[href], blockquote, h3, h4): TipTap with only those nodes and marks, so pasted
// formatting outside the list never enters the document. No CSS is injected (the admin
// CSP forbids inline styles); the look comes from styles.css.
import { isHttpUrl } from '@lantoa/domain';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useId, useState } from 'react';
import { useLang } from '../../lib/i18n';
import { M } from '../../lib/screen-messages';

interface BodyEditorProps {
  labelId: string;
  describedBy?: string;
  initialHtml: string;
  isReadOnly: boolean;
  onChange: (html: string) => void;
}

export const BODY_EXTENSIONS = [
  StarterKit.configure({
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    horizontalRule: false,
    dropcursor: false,
    heading: { levels: [3, 4] },
    link: {
      openOnClick: false,
      autolink: true,
      protocols: ['mailto'],
      isAllowedUri: (url) => isHttpUrl(url) || url.startsWith('mailto:'),
      HTMLAttributes: { rel: 'noopener noreferrer', target: null, class: null },
    },
  }),
];

export function BodyEditor({
  labelId,
  describedBy,
  initialHtml,
  isReadOnly,
  onChange,
}: BodyEditorProps) {
  const { t } = useLang();
  const linkId = useId();
  const [linkUrl, setLinkUrl] = useState<string | null>(null);
  const [linkError, setLinkError] = useState(false);
  const editor = useEditor({
    extensions: BODY_EXTENSIONS,
    injectCSS: false,
    content: initialHtml,
    editable: !isReadOnly,
    shouldRerenderOnTransaction: true,
    editorProps: {
      attributes: {
        class: 'rich-body',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      },
    },
    onUpdate: ({ editor: e }) => onChange(e.getHTML()),
  });
  if (!editor) return null;

  const chain = () => editor.chain().focus();
  const tool = (label: string, isActive: boolean, run: () => void, text: string) => (
    <button
      type="button"
      className={`btn btn-small tool tool-${text === 'B' ? 'bold' : text === 'I' ? 'italic' : 'text'}`}
      aria-pressed={isActive}
      aria-label={label}
      title={label}
      disabled={isReadOnly}
      onClick={run}
    >
      <span aria-hidden="true">{text}</span>
    </button>
  );

  function applyLink() {
    const url = (linkUrl ?? '').trim();
    if (url === '') {
      chain().unsetLink().run();
      setLinkUrl(null);
      return;
    }
    if (!isHttpUrl(url)) return setLinkError(true);
    chain().extendMarkRange('link').setLink({ href: url }).run();
    setLinkError(false);
    setLinkUrl(null);
  }

  return (
    <div className="rich">
      {isReadOnly ? null : (
        <div role="toolbar" aria-label={t(M.toolbar)} className="rich-toolbar">
          {tool(t(M.bold), editor.isActive('bold'), () => chain().toggleBold().run(), 'B')}
          {tool(t(M.italic), editor.isActive('italic'), () => chain().toggleItalic().run(), 'I')}
          {tool(
            t(M.heading),
            editor.isActive('heading', { level: 3 }),
            () => chain().toggleHeading({ level: 3 }).run(),
            'H3',
          )}
          {tool(
            t(M.subheading),
            editor.isActive('heading', { level: 4 }),
            () => chain().toggleHeading({ level: 4 }).run(),
            'H4',
          )}
          {tool(
            t(M.bulletList),
            editor.isActive('bulletList'),
            () => chain().toggleBulletList().run(),
            '•',
          )}
          {tool(
            t(M.orderedList),
            editor.isActive('orderedList'),
            () => chain().toggleOrderedList().run(),
            '1.',
          )}
          {tool(
            t(M.quote),
            editor.isActive('blockquote'),
            () => chain().toggleBlockquote().run(),
            '❝',
          )}
          {tool(
            t(M.addLink),
            editor.isActive('link'),
            () => setLinkUrl(editor.getAttributes('link').href ?? 'https://'),
            t(M.addLink),
          )}
        </div>
      )}
      {linkUrl !== null ? (
        <div className="rich-link">
          <label htmlFor={linkId}>{t(M.linkPrompt)}</label>
          <input
            id={linkId}
            type="url"
            inputMode="url"
            value={linkUrl}
            aria-invalid={linkError || undefined}
            onChange={(e) => setLinkUrl(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                applyLink();
              }
            }}
          />
          {linkError ? <p className="field-error">{t(M.linkInvalid)}</p> : null}
          <div className="actions">
            <button type="button" className="btn btn-small" onClick={applyLink}>
              {t(M.applyLink)}
            </button>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => {
                chain().unsetLink().run();
                setLinkUrl(null);
              }}
            >
              {t(M.removeLink)}
            </button>
          </div>
        </div>
      ) : null}
      <EditorContent editor={editor} />
    </div>
  );
}
