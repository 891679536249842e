import { describe, expect, it } from 'vitest';
import { authorityHead, describeStatus } from '@/lib/registry/describe-status';
import { isInForce } from '@/lib/registry/is-in-force';
import { isStale } from '@/lib/registry/is-stale';
import { orderStatuses } from '@/lib/registry/order-statuses';
import type { Status } from '@/lib/registry/schema';
import { status } from '../warnings/fixtures';

describe('describeStatus', () => {
  it.each<[string, Status, string]>([
    ['a dated Russian designation, attributed to the country', status('RU', 'undesirable', { authority: "Prosecutor General's Office (decision); Ministry of Justice register" }),
      "Listed as 'undesirable' by Russia's Prosecutor General's Office on 2 Feb 2024"],
    ['an unknown date', status('BY', 'extremist-materials', { since: null, authority: 'Court in Minsk' }),
      "Content declared 'extremist materials' by Court in Minsk (date unknown)"],
    ['an uncertain fact', status('RU', 'foreign-agent', { since: '2022-03-28', confidence: 'uncertain', authority: 'Ministry of Justice' }),
      "Listed as a 'foreign agent' by Russia's Ministry of Justice on 28 Mar 2022 (uncertain)"],
    ['both marks at once', status('BY', 'extremist-formation', { since: null, confidence: 'uncertain', authority: 'Ministry of Internal Affairs / KGB' }),
      "Designated an 'extremist formation' by Belarus's Ministry of Internal Affairs / KGB (date unknown; uncertain)"],
    ['an EU body without a possessive', status('EU', 'sanctioned', { since: '2022-03-01', authority: 'Council of the EU (broadcast suspension)' }),
      'Sanctioned by Council of the EU on 1 Mar 2022'],
    ['an authority that names its own place', status('CN', 'blocked', { since: null, authority: 'Great Firewall (no official decision published)' }),
      "Blocked by China's Great Firewall (date unknown)"],
    ['a UK regulator in attributive form', status('UK', 'licence-revoked', { since: '2022-03-18', authority: "Ofcom (licensee ANO TV Novosti not 'fit and proper')" }),
      'Licence or registration revoked by UK Ofcom on 18 Mar 2022'],
    ['a funder rather than a decider', status('US', 'state-funded', { since: null, authority: 'USAGM grant from US Congress' }),
      'State funding: USAGM grant from US Congress (date unknown)'],
    ['a platform label', status('GLOBAL', 'platform-label', { since: '2018-02-02', authority: 'YouTube government-funding notice' }),
      'Platform label: YouTube government-funding notice on 2 Feb 2018'],
    ['an entry removed from the register', status('RU', 'foreign-agent', { since: '2021-10-15', until: '2023-08-25', authority: 'Ministry of Justice' }),
      "Listed as a 'foreign agent' by Russia's Ministry of Justice on 15 Oct 2021, until 25 Aug 2023"],
    ['an undated decision whose register entry is dated', status('RU', 'undesirable', { since: null, registerDate: '2026-02-09', authority: "Prosecutor General's Office (decision); Ministry of Justice list" }),
      "Listed as 'undesirable' by Russia's Prosecutor General's Office (decision date unknown; in the register since 9 Feb 2026)"],
    ['an ended status without a start date', status('BY', 'blocked', { since: null, until: '2020-10-01', authority: 'Ministry of Information' }),
      "Blocked by Belarus's Ministry of Information (date unknown), until 1 Oct 2020"],
  ])('describes %s', (_title, input, expected) => {
    expect(describeStatus(input)).toBe(expected);
  });

  it.each([
    ["Prosecutor General's Office (decision); Ministry of Justice", "Prosecutor General's Office"],
    ['Council of the EU: Decision (CFSP) 2022/351', 'Council of the EU'],
    ['Roskomnadzor', 'Roskomnadzor'],
    ["Roskomnadzor on a Prosecutor General's demand of 2022-03-21", 'Roskomnadzor'],
    ['Council Decision (CFSP) 2022/351', 'Council Decision (CFSP) 2022/351'],
    ['State Security Committee (KGB) (published in the MVD list)', 'State Security Committee (KGB)'],
  ])('shortens the authority %s to its head', (full, head) => {
    expect(authorityHead(full)).toBe(head);
  });
});

describe('isInForce', () => {
  it.each<[string, string | null | undefined, boolean]>([
    ['no end recorded', undefined, true],
    ['an explicit null end', null, true],
    ['a dated end', '2023-08-25', false],
  ])('with %s says in force = %s', (_title, until, expected) => {
    expect(isInForce(status('RU', 'foreign-agent', { until }))).toBe(expected);
  });

  it('reads ended statuses after those in force and after classifications', () => {
    const ended = status('RU', 'foreign-agent', { since: '2024-01-01', until: '2024-06-01' });
    const funding = status('US', 'state-funded', { since: null });
    const active = status('RU', 'undesirable', { since: '2020-01-01' });
    expect(orderStatuses([ended, funding, active])).toEqual([active, funding, ended]);
  });
});

describe('isStale', () => {
  it.each([
    ['2025-01-01', '2026-01-01T00:00:00Z', false],
    ['2025-01-01', '2026-01-02T00:00:00Z', true],
    ['2026-02-01', '2026-11-28T00:00:00Z', false],
    ['2024-06-30', '2026-11-28T00:00:00Z', true],
  ])('for a fact checked %s, as of %s, says stale = %s', (checkedAt, now, expected) => {
    expect(isStale({ checkedAt }, new Date(now))).toBe(expected);
  });
});
