import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OVERLAY_TAG, mountOverlay, type MountOverlayOptions } from '@/lib/reader/overlay/mount-overlay';
import { overlayKeyAction } from '@/lib/reader/overlay/overlay-key-action';

const PAGE = `<header><a href="#top" id="skip">Skip</a></header>
<main><h1>Story</h1><p>${'Text. '.repeat(50)}</p><button id="share">Share</button></main>`;

function options(over: Partial<MountOverlayOptions> = {}): MountOverlayOptions {
  return {
    doc: document,
    win: window,
    css: '.mh-overlay { color: red }',
    label: 'A story',
    mode: 'open',
    render(container) {
      const button = document.createElement('button');
      button.dataset.autofocus = '';
      button.textContent = 'Close';
      container.append(button);
      return () => button.remove();
    },
    ...over,
  };
}

function press(key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  document.body.dispatchEvent(event);
  return event;
}

describe('mountOverlay', () => {
  beforeEach(() => {
    document.documentElement.removeAttribute('style');
    document.body.removeAttribute('style');
    document.body.innerHTML = PAGE;
  });
  afterEach(() => document.querySelector(OVERLAY_TAG)?.remove());

  it('appends one host with a shadow root holding the styles and the rendered view', () => {
    const handle = mountOverlay(options());
    const hosts = document.documentElement.querySelectorAll(OVERLAY_TAG);
    expect(hosts).toHaveLength(1);
    expect(handle.host.parentNode).toBe(document.documentElement);
    const root = handle.host.shadowRoot!;
    expect(root.querySelector('style')?.textContent).toContain('.mh-overlay');
    expect(root.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe('A story');
    expect(root.querySelector('button')?.textContent).toBe('Close');
    handle.close();
  });

  it('keeps the view out of reach of page scripts with a closed shadow root by default', () => {
    const handle = mountOverlay(options({ mode: undefined }));
    expect(handle.host.shadowRoot).toBeNull();
    handle.close();
  });

  it('locks page scrolling while open', () => {
    const handle = mountOverlay(options());
    expect(document.documentElement.style.getPropertyValue('overflow')).toBe('hidden');
    expect(document.body.style.getPropertyPriority('overflow')).toBe('important');
    handle.close();
  });

  it('leaves the markup identical after closing', () => {
    document.documentElement.setAttribute('style', 'color: black; overflow: scroll');
    const before = document.documentElement.outerHTML;
    const handle = mountOverlay(options());
    expect(document.documentElement.outerHTML).not.toBe(before);
    handle.close();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.body.hasAttribute('style')).toBe(false);
  });

  it('restores the scroll position and returns focus to the element that had it', () => {
    const share = document.getElementById('share')!;
    share.focus();
    window.scrollTo(0, 120);
    const { scrollY } = window;
    expect(scrollY).toBe(120);
    const handle = mountOverlay(options());
    expect(document.activeElement).not.toBe(share);
    window.scrollTo(0, 0);
    handle.close();
    expect(window.scrollY).toBe(scrollY);
    expect(document.activeElement).toBe(share);
  });

  it('keeps style changes the page made while open and only undoes its own overflow', () => {
    const handle = mountOverlay(options());
    document.body.style.setProperty('color', 'blue');
    handle.close();
    expect(document.body.style.getPropertyValue('color')).toBe('blue');
    expect(document.body.style.getPropertyValue('overflow')).toBe('');
  });

  it('closes on Escape, unmounts the view and reports the close once', () => {
    const unmount = vi.fn();
    const onClose = vi.fn();
    const handle = mountOverlay(options({ render: () => unmount, onClose }));
    const event = press('Escape');
    expect(event.defaultPrevented).toBe(true);
    expect(handle.isOpen()).toBe(false);
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
    handle.close();
    expect(unmount).toHaveBeenCalledTimes(1);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('passes size keys to onKey while open and stops listening after close', () => {
    const onKey = vi.fn();
    const handle = mountOverlay(options({ onKey }));
    press('+');
    press('-');
    expect(press('+', { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(onKey.mock.calls).toEqual([['bigger'], ['smaller']]);
    handle.close();
    expect(press('+').defaultPrevented).toBe(false);
    expect(onKey).toHaveBeenCalledTimes(2);
  });

  it('lets the view close itself through the callback it is given', () => {
    let closeFromView: () => void = () => {};
    const handle = mountOverlay(options({ render: (_c, close) => { closeFromView = close; return () => {}; } }));
    closeFromView();
    expect(handle.isOpen()).toBe(false);
  });
});

describe('overlayKeyAction', () => {
  const key = (k: string, mods: Partial<KeyboardEvent> = {}) =>
    overlayKeyAction({ key: k, ctrlKey: false, metaKey: false, altKey: false, isComposing: false, ...mods });

  it('maps Escape, plus and minus and ignores other keys', () => {
    expect([key('Escape'), key('+'), key('='), key('-'), key('_'), key('a'), key(' ')])
      .toEqual(['close', 'bigger', 'bigger', 'smaller', 'smaller', null, null]);
  });

  it('leaves browser zoom and IME composition alone', () => {
    expect(key('+', { ctrlKey: true })).toBeNull();
    expect(key('-', { metaKey: true })).toBeNull();
    expect(key('Escape', { isComposing: true })).toBeNull();
  });
});

describe('focus containment', () => {
  function mountWithButtons() {
    document.body.innerHTML = '<a href="#x" id="page-link">Page link</a>';
    return mountOverlay({
      doc: document, win: window, css: '', label: 'x', mode: 'open',
      render(container) {
        const scroller = document.createElement('div');
        scroller.tabIndex = -1;
        scroller.dataset.autofocus = '';
        const first = Object.assign(document.createElement('button'), { id: 'first', textContent: 'Close' });
        const details = document.createElement('details');
        details.innerHTML = '<summary id="summary">More</summary><button id="hidden">Hidden</button>';
        const last = Object.assign(document.createElement('a'), { id: 'last', href: 'https://example.org/' });
        scroller.append(first, details, last);
        container.append(scroller);
        return () => scroller.remove();
      },
    });
  }
  const active = (handle: ReturnType<typeof mountOverlay>) => handle.host.shadowRoot?.activeElement?.id ?? null;

  it('wraps Tab from the last element of the view to the first and Shift+Tab back', () => {
    const handle = mountWithButtons();
    expect(press('Tab').defaultPrevented).toBe(true);
    expect(active(handle)).toBe('first');
    (handle.host.shadowRoot?.getElementById('last') as HTMLElement).focus();
    press('Tab');
    expect(active(handle)).toBe('first');
    press('Tab', { shiftKey: true });
    expect(active(handle)).toBe('last');
    handle.close();
  });

  it('pulls focus back into the view from the page behind and skips controls in closed details', () => {
    const handle = mountWithButtons();
    document.getElementById('page-link')?.focus();
    press('Tab', { shiftKey: true });
    expect(active(handle)).toBe('last');
    (handle.host.shadowRoot?.getElementById('summary') as HTMLElement).focus();
    expect(press('Tab').defaultPrevented).toBe(false);
    handle.close();
  });
});
