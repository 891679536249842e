import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '@/lib/article/reading-stats';

describe('reading stats', () => {
  it('counts words, ignoring punctuation-only tokens', () => {
    expect(countWords('NATO chief — warns Russia, again.')).toBe(5);
  });
  it('counts each character of unspaced scripts as a word', () => {
    expect(countWords('北京欢迎你 hello')).toBe(6);
  });
  it('rounds reading time to whole minutes and never below one', () => {
    expect(readingMinutes('one two')).toBe(1);
    expect(readingMinutes(Array.from({ length: 238 * 5 }, () => 'word').join(' '))).toBe(5);
  });
});
