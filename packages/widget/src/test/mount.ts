// Mounts an element pointed at the fake API and waits until its renders have finished.

import '../index';
import { API } from './api-handlers';

type Rendering = HTMLElement & { render(isCurrent: () => boolean): Promise<void> };

const renders = new WeakMap<HTMLElement, Promise<void>[]>();

/** Records every render of this one element, so tests wait for its end, not for a time. */
function track(el: HTMLElement): void {
  const list: Promise<void>[] = [];
  renders.set(el, list);
  const own = el as Rendering;
  const render = own.render;
  own.render = function (this: Rendering, isCurrent) {
    const done = render.call(this, isCurrent);
    list.push(done);
    return done;
  };
}

export async function mount(tag: string, attrs: Record<string, string>): Promise<HTMLElement> {
  const el = document.createElement(tag);
  track(el);
  el.setAttribute('api', API);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  await settle(el);
  if (renders.get(el)?.length === 0) throw new Error(`${tag} never rendered`);
  return el;
}

/** Wait until every render scheduled so far (attribute changes batch in a microtask) has
 *  finished, fetches included. */
export async function settle(el: HTMLElement): Promise<void> {
  const list = renders.get(el);
  if (!list) throw new Error('settle() needs an element made by mount()');
  let seen = -1;
  while (seen !== list.length) {
    seen = list.length;
    // Lets a render queued by the changes just made start before we count again.
    await Promise.resolve();
    await Promise.allSettled(list);
  }
}
