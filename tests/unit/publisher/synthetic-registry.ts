import type { Publisher } from '@/lib/registry/schema';

/** A registry-shaped publisher with only the fields matching reads; statuses are irrelevant here. */
export function publisher(id: string, name: string, domains: string[], extra: Partial<Publisher> = {}): Publisher {
  return {
    id,
    name,
    altNames: [],
    domains,
    domainsUnverified: [],
    ownerFunding: null,
    country: null,
    statuses: [],
    ...extra,
  };
}

/** Small synthetic registry: invented where the real data has no such case (IDN, shared names, diacritics). */
export const SYNTHETIC_PUBLISHERS: Publisher[] = [
  publisher('bbc', 'BBC', ['bbc.com', 'bbc.co.uk'], { altNames: ['BBC News'] }),
  publisher('china-daily', 'China Daily', ['chinadaily.com.cn']),
  publisher('dw', 'Deutsche Welle (DW)', ['dw.com'], { altNames: ['DW'] }),
  publisher('echo-one', 'Echo', ['echo-one.example']),
  publisher('echo-two', 'Echo Two', ['echo-two.example'], { altNames: ['Echo'] }),
  publisher('elan', 'Élan Vital Press', ['elan-vital.example']),
  publisher('meduza', 'Meduza', ['meduza.io'], { altNames: ['Медуза'] }),
  publisher('primer', 'Пример Медиа', ['пример.рф']),
  publisher('rferl', 'Radio Free Europe/Radio Liberty (incl. Radio Svoboda)', [
    'rferl.org', 'pressroom.rferl.org', 'svoboda.org', 'ru.krymr.com',
  ], { altNames: ['RFE/RL', 'Радио Свобода'], domainsUnverified: ['krymr.com', 'svaboda.org'] }),
  publisher('voa', 'Voice of America', ['voanews.com', 'golos-ameriki.ru']),
];
