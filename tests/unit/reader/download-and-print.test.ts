import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from '@/lib/reader/overlay/download-text';
import { printDocument } from '@/lib/reader/overlay/print-document';

describe('downloadText', () => {
  afterEach(() => vi.useRealTimers());

  it('clicks a temporary download link inside the given parent and revokes the Blob URL afterwards', async () => {
    vi.useFakeTimers();
    const parent = document.createElement('div');
    document.body.append(parent);
    const clicked: { download: string; href: string; parent: Node | null }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href, parent: this.parentNode });
    });
    const urls = { createObjectURL: vi.fn(() => 'blob:masthead/1'), revokeObjectURL: vi.fn() };
    downloadText(parent, 'story.md', 'text/markdown', '# Story', urls);
    expect(clicked).toEqual([{ download: 'story.md', href: 'blob:masthead/1', parent }]);
    expect(parent.children).toHaveLength(0);
    const blob: unknown = (urls.createObjectURL.mock.calls as unknown[][])[0]?.[0];
    if (!(blob instanceof Blob)) throw new Error("no Blob was created");
    expect(await blob.text()).toBe('# Story');
    expect(urls.revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(urls.revokeObjectURL).toHaveBeenCalledWith('blob:masthead/1');
  });
});

describe('printDocument', () => {
  it('prints through a sandboxed, script-less iframe in the parent and removes it afterwards', async () => {
    const parent = document.createElement('div');
    document.body.append(parent);
    const done = printDocument(parent, '<!doctype html><title>x</title><p>Story</p>');
    const frame = parent.querySelector('iframe');
    expect(frame?.getAttribute('sandbox')).toBe('allow-same-origin allow-modals');
    expect(frame?.srcdoc).toContain('<p>Story</p>');
    const print = vi.fn();
    Object.defineProperty(frame, 'contentWindow', { value: { print } });
    vi.useFakeTimers();
    frame?.dispatchEvent(new Event('load'));
    expect(print).toHaveBeenCalledTimes(1);
    vi.runAllTimers();
    vi.useRealTimers();
    await done;
    expect(parent.querySelector('iframe')).toBeNull();
  });
});
