// Entry of /widget/v1/lantoa.js: registers both elements once, even if a page includes the
// script twice (a second define() would throw).

import { LantoaBadge } from './lantoa-badge';
import { LantoaStories } from './lantoa-stories';

const elements: [string, CustomElementConstructor][] = [
  ['lantoa-badge', LantoaBadge],
  ['lantoa-stories', LantoaStories],
];
for (const [name, ctor] of elements) {
  if (!customElements.get(name)) customElements.define(name, ctor);
}
