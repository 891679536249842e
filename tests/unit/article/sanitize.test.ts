// @vitest-environment jsdom
// DOMPurify reads nodeName through Node.prototype's getter, which happy-dom leaves empty; jsdom matches browsers here.
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '@/lib/article/sanitize';

describe('sanitizeArticleHtml', () => {
  it('removes scripts, event handlers, embeds, forms and inline styles', () => {
    const dirty = '<p style="color:red" onclick="alert(1)">Text<script>alert(2)</script></p><iframe src="https://x"></iframe>' +
      '<form action="https://x"><input name="q"></form><img src="https://x/a.jpg" onerror="alert(3)">';
    const clean = sanitizeArticleHtml(dirty);
    expect(clean).not.toMatch(/script|onclick|onerror|iframe|<form|<input|style=/);
    expect(clean).toContain('<p>Text</p>');
    expect(clean).toContain('src="https://x/a.jpg"');
  });
  it('drops javascript: and data: links but keeps http(s) and mailto', () => {
    const clean = sanitizeArticleHtml('<a href="javascript:alert(1)">a</a><a href="data:text/html,x">b</a><a href="https://ok.example/">c</a><a href="mailto:x@y.z">d</a>');
    expect(clean).not.toMatch(/javascript:|data:/);
    expect(clean).toContain('href="https://ok.example/"');
    expect(clean).toContain('href="mailto:x@y.z"');
  });
  it('opens every link in a new tab without opener or referrer', () => {
    const clean = sanitizeArticleHtml('<a href="https://example.org/">x</a>');
    expect(clean).toContain('target="_blank"');
    expect(clean).toContain('rel="noopener noreferrer"');
  });
  it('keeps figures, captions, lists, quotes, tables and code', () => {
    const html = '<figure><img src="https://x/a.jpg" alt="a"><figcaption>Cap</figcaption></figure><ul><li>i</li></ul>' +
      '<blockquote>q</blockquote><table><tbody><tr><td>c</td></tr></tbody></table><pre><code>x = 1</code></pre>';
    const clean = sanitizeArticleHtml(html);
    for (const tag of ['figure', 'figcaption', 'ul', 'blockquote', 'table', 'pre', 'code']) expect(clean).toContain(`<${tag}`);
  });
});
