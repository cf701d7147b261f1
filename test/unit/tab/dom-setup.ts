import { afterEach, beforeEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';

/**
 * jsdom lacks ResizeObserver (Fluent's Textarea and the virtualiser observe sizes); a no-op one
 * is enough because jsdom has no layout to observe anyway.
 */
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoLayoutResizeObserver as unknown as typeof ResizeObserver;

// Big forms and role queries are slow in jsdom on a shared two-core machine.
vi.setConfig({ testTimeout: 60_000 });

beforeEach(() => localStorage.clear());
afterEach(cleanup);

/**
 * jsdom has no layout, so a virtualised list would see a 0 px viewport and render nothing.
 * Give elements a fixed layout: a 600 px viewport and 64 px rows.
 */
export function fakeLayout(): void {
  Object.defineProperty(Element.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(Element.prototype, 'clientWidth', { configurable: true, get: () => 800 });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get: () => 64,
  });
  Object.defineProperty(HTMLElement.prototype, 'offsetWidth', {
    configurable: true,
    get: () => 800,
  });
  HTMLElement.prototype.getBoundingClientRect = () =>
    ({
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      bottom: 64,
      right: 800,
      width: 800,
      height: 64,
      toJSON: () => ({}),
    }) as DOMRect;
}
