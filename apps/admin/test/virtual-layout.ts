import { afterAll, beforeAll } from '@jest/globals';

/**
 * jsdom lays nothing out: every element is 0 px high, so a virtualised list would think it
 * has no room, or that every row fits, and nothing scrolls. This gives the activity table's
 * scroll area and each of its rows a height, and makes scrollTo scroll, as a browser would,
 * for the tests of one file.
 */
export function withTableLayout({ viewport = 600, row = 50 } = {}) {
  const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight');
  const scrollTo = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'scrollTo');
  const scrollHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'scrollHeight');
  beforeAll(() => {
    // The scroll area is as high as the table inside it says it is.
    Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
      configurable: true,
      get(this: HTMLElement) {
        if (!this.classList.contains('vtable__scroller')) return 0;
        const body = this.querySelector<HTMLElement>('.vtable__body');
        return row + Number.parseFloat(body?.style.height ?? '0');
      },
    });
    // jsdom does not scroll: move scrollTop and tell the listeners, as a browser would.
    Object.defineProperty(HTMLElement.prototype, 'scrollTo', {
      configurable: true,
      value(this: HTMLElement, options: ScrollToOptions) {
        if (typeof options?.top === 'number') this.scrollTop = options.top;
        // Browsers fire scroll events after the call returns, never inside it.
        setTimeout(() => this.dispatchEvent(new Event('scroll')), 0);
      },
    });
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('vtable__scroller') ? viewport : 0;
      },
    });
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.dataset.index !== undefined ? row : 0;
      },
    });
  });
  afterAll(() => {
    const restore = (name: string, descriptor: PropertyDescriptor | undefined) => {
      if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
      else Reflect.deleteProperty(HTMLElement.prototype, name);
    };
    restore('clientHeight', clientHeight);
    restore('offsetHeight', offsetHeight);
    restore('scrollTo', scrollTo);
    restore('scrollHeight', scrollHeight);
  });
}
