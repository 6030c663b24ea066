// Shared lifecycle of both elements: shadow root + shared sheet, one render per batch of
// attribute changes, and a generation counter so a slow, stale response never paints.

import { adopt } from './styles';

export abstract class LantoaElement extends HTMLElement {
  protected readonly root: ShadowRoot;
  private generation = 0;
  private queued = false;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    adopt(this.root);
  }

  connectedCallback(): void {
    this.schedule();
  }

  attributeChangedCallback(_name: string, old: string | null, value: string | null): void {
    if (old !== value && this.isConnected) this.schedule();
  }

  /** Batch attribute changes made in one task (unit + lang together) into one request. */
  private schedule(): void {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      const generation = ++this.generation;
      this.render(() => generation === this.generation && this.isConnected).catch(() => {
        // render() swallows network errors itself; this only guards against surprises.
      });
    });
  }

  /** Paint the element; call `isCurrent()` after every await before touching the DOM. */
  protected abstract render(isCurrent: () => boolean): Promise<void>;
}
