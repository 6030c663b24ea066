// One constructable stylesheet shared by every instance of both elements. Constructed sheets
// are not inline <style> or style="" under CSP, so a page with style-src 'self' accepts them.

const css = `
:host{display:block;color:inherit;font:inherit}
:host([hidden]){display:none}
:host(lantoa-badge){display:inline-block;height:20px;vertical-align:middle}
.b{display:block;width:auto;max-width:none;height:20px;min-width:7em;border-radius:3px;background:#8882}
.b.ok{min-width:0;background:none}
.t{margin:0 0 .75em;font-size:1.25em;line-height:1.3}
ul{display:grid;gap:1rem;margin:0;padding:0;list-style:none}
:host([layout=cards]) ul{grid-template-columns:repeat(auto-fill,minmax(min(100%,16rem),1fr))}
li{display:flex}
article{display:flex;flex:1;flex-direction:column;gap:.5em;padding:1rem;border:1px solid #8885;border-radius:8px}
article img{width:100%;max-width:40rem;height:auto;aspect-ratio:16/9;object-fit:cover;border-radius:4px}
h3{margin:0;font-size:1.05em;line-height:1.35}
p{margin:0}
.m{opacity:.75;font-size:.875em}
a{margin-top:auto;color:var(--lantoa-accent,#c8102e);font-weight:600;border-radius:2px}
a:hover{text-decoration-thickness:2px}
a:focus-visible{outline:3px solid currentColor;outline-offset:2px}
.s{min-height:12rem;border-radius:8px;background:#8882;animation:p 1s ease-in-out infinite alternate}
@keyframes p{to{opacity:.4}}
@media (prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important}}
`;

let sheet: CSSStyleSheet | undefined;

/** Attach the shared sheet; an old browser without constructable sheets gets unstyled HTML. */
export function adopt(root: ShadowRoot): void {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Unstyled but semantic markup is an acceptable fallback; a <style> element is not (CSP).
  }
}
