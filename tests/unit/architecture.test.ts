// The house rules as tests (Refined GitHub's meta-test idea): boundaries and budgets the reviewer should not have
// to check by eye. Each rule names the files that break it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();

function sourceFiles(dir: string): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => path.join(dir, f));
}
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const lineCount = (file: string) => read(file).trimEnd().split('\n').length;

const lib = sourceFiles('lib');
const components = sourceFiles('components');
const entrypoints = sourceFiles('entrypoints');

describe('architecture', () => {
  it('only lib/browser imports extension APIs', () => {
    const offenders = [...lib.filter((f) => !f.startsWith('lib/browser/')), ...components]
      .filter((f) => /from ['"](wxt\/browser|@wxt-dev\/storage|#imports)['"]/.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it('components do not reach into lib/browser', () => {
    expect(components.filter((f) => /from ['"]@\/lib\/browser\//.test(read(f)))).toEqual([]);
  });

  it('only SafeHtml writes raw HTML', () => {
    const writers = [...lib, ...components, ...entrypoints]
      .filter((f) => /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML/.test(read(f)));
    expect(writers).toEqual(['components/SafeHtml.tsx']);
  });

  it('no source file uses any', () => {
    const typed = [...lib, ...components, ...entrypoints].filter((f) => /:\s*any\b|\bas any\b|<any>/.test(read(f)));
    expect(typed).toEqual([]);
  });

  it.each([
    { name: 'entrypoints', files: entrypoints, budget: 50 },
    { name: 'lib', files: lib, budget: 150 },
    { name: 'components', files: components, budget: 120 },
  ])('$name files stay within $budget lines', ({ files, budget }) => {
    const large = files.map((f) => [f, lineCount(f)] as const).filter(([, n]) => n > budget);
    expect(large).toEqual([]);
  });
});
