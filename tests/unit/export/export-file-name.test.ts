import { describe, expect, it } from 'vitest';
import { exportFileName } from '@/lib/export/export-file-name';

describe('exportFileName', () => {
  it.each([
    ['Floods reach the delta', 'html', 'Floods-reach-the-delta.html'],
    ['Путин: «новые санкции»', '.md', 'Путин-«новые-санкции».md'],
    ['a/b\\c:d*e?f"g<h>i|j', 'html', 'a-b-c-d-e-f-g-h-i-j.html'],
    ['   ', 'html', 'article.html'],
    ['...', 'md', 'article.md'],
    ['CON', 'html', 'CON-article.html'],
    ['Tab\tand\nnewline', 'HTML', 'Tab-and-newline.html'],
  ])('turns %j with extension %j into %j', (title, ext, expected) => {
    expect(exportFileName(title, ext)).toBe(expected);
  });

  it('limits the name to 80 characters plus the extension', () => {
    const name = exportFileName('word '.repeat(100), 'md');
    expect(name.endsWith('.md')).toBe(true);
    expect(Array.from(name.slice(0, -3)).length).toBeLessThanOrEqual(80);
    expect(name).not.toMatch(/-\.md$/);
  });

  it('never lets a title climb out of the download folder', () => {
    expect(exportFileName('../../etc/passwd', 'txt')).not.toContain('/');
    expect(exportFileName('../../etc/passwd', 'txt').startsWith('.')).toBe(false);
  });
});
