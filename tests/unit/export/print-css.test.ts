import { describe, expect, it } from 'vitest';
import { PRINT_CSS } from '@/lib/export/print-css';

describe('PRINT_CSS', () => {
  it('keeps every rule inside a print media query', () => {
    expect(PRINT_CSS.trim().startsWith('@media print {')).toBe(true);
    expect(PRINT_CSS.trim().endsWith('}')).toBe(true);
    const opens = PRINT_CSS.split('{').length;
    expect(PRINT_CSS.split('}').length).toBe(opens);
  });

  it('hides controls, prints link targets and keeps figures whole', () => {
    expect(PRINT_CSS).toMatch(/button[^{]*\{[^}]*display:\s*none/);
    expect(PRINT_CSS).toContain('content: " (" attr(href) ")"');
    expect(PRINT_CSS).toMatch(/figure[^{]*\{[^}]*break-inside:\s*avoid/);
    expect(PRINT_CSS).toMatch(/serif/);
  });

  it('is parsed by a style engine as print rules', () => {
    const style = document.createElement('style');
    style.textContent = PRINT_CSS;
    document.head.append(style);
    const rules = Array.from(style.sheet?.cssRules ?? []);
    style.remove();
    expect(rules).toHaveLength(1);
    expect(rules[0]?.cssText).toContain('print');
  });
});
