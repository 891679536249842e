/**
 * Inline markers Russian (and some Ukrainian, Belarusian and English) media put after the name of a designated
 * person or organisation, e.g. "Meduza (признана иноагентом)" or "*признан Минюстом РФ иноагентом". Russian media
 * must mark designated entities (CoAO 13.15 part 2 for banned and extremist organisations; the 2022 foreign-agent
 * law for agents), so these markers describe someone the story mentions, never the publisher: they stay in the story
 * and are listed separately. Source for the forms: ../shared/registry/registry.md §5.
 * @module lib/notices/designation-mentions
 */
import type { DesignationMention } from '@/lib/protocol';

type Designation = DesignationMention['designation'];

/** Which designation a marker states; the first matching row wins (an "extremist and banned" group is extremist). */
const DESIGNATIONS: ReadonlyArray<readonly [Designation, RegExp]> = [
  ['foreign-agent', /иноагент|іноагент|иностранн\p{L}*\s+агент|іноземн\p{L}*\s+агент|замежн\p{L}*\s+агент|іншаземн\p{L}*\s+агент|foreign[\s-]+agent/iu],
  ['undesirable', /нежелательн|небажан|непажадан|undesirable/iu],
  ['terrorist', /террорист|терорист|тэрарыст|terrorist/iu],
  ['extremist', /экстремист|екстреміст|экстрэміс|extremist/iu],
  // "Banned" alone is too common ("banned substances"); the marker must say where: "запрещена в РФ", "banned in Russia".
  ['banned', /(?:запрещ|заборон|забарон|banned|prohibited|outlawed)\p{L}*\s+(?:in|в|на|у)\s+(?:the\s+)?(?:РФ|Росси|Росі|Расі|Беларус|Білорус|территори|територі|тэрыторы|russia|belarus)/iu],
];

/** Verbs of designation: "признан(а)", "внесён", "визнаний", "прызнаны", "designated", "declared", "listed"… */
const VERB = String.raw`(?:признан|признаё|внесен|внесён|включен|визнан|внесено|прызнан|унесен|designated|declared|recogni[sz]ed|listed|labell?ed|branded|deemed|considered)`;
/** A parenthesised marker: "(признан иноагентом)", "(деятельность запрещена в РФ)", "(designated a 'foreign agent' in Russia)". */
const PAREN = String.raw`\((?=[^()]{0,120}\))[^()]*?(?:${VERB}|деятельность|діяльність|дзейнасць|banned|запрещ|заборон|забарон)[^()]*\)`;
/** A footnote marker: "*признан Минюстом РФ иноагентом", up to the end of the sentence. */
const STAR = String.raw`\*\s*(?:${VERB})\p{L}*[^.!?\n*]{0,100}`;

/** A bare label in parentheses: "(иноагент)", "(иностранный агент)", "(foreign agent)"; nothing else inside. */
const BARE = String.raw`\(\s*(?:иноагент|іноагент|иностранн\p{L}*\s+агент|іноземн\p{L}*\s+агент|foreign[\s-]+agent)\p{L}*\s*\)`;

function markerPattern(): RegExp {
  return new RegExp(`${PAREN}|${STAR}|${BARE}`, 'giu');
}

/** Up to ~80 characters before the marker, cut at a word boundary: who the marker is about. */
function contextBefore(text: string, index: number): string {
  const start = Math.max(0, index - 80);
  let context = text.slice(start, index);
  if (start > 0) context = context.replace(/^\S*\s+/u, '');
  return context.replace(/\s+/g, ' ').trim();
}

/**
 * Finds inline designation markers in a story's plain text. A parenthesis that states no designation
 * ("(признан виновным)", guilty) is not a marker.
 * @param text the story's text (Readability's textContent)
 * @returns markers in text order, each with the text before it; at most 100
 */
export function findDesignationMentions(text: string): DesignationMention[] {
  const found: DesignationMention[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(markerPattern())) {
    const marker = m[0].replace(/\s+/g, ' ').trim();
    const designation = DESIGNATIONS.find(([, pattern]) => pattern.test(marker))?.[0];
    if (!designation) continue;
    const context = contextBefore(text, m.index);
    const key = `${marker}\u0000${context}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ marker, designation, context });
    if (found.length >= 100) break;
  }
  return found;
}
