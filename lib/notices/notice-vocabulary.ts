/**
 * The words publishers at risk use about their own status and about what is risky for their readers, in English,
 * Russian, Ukrainian and Belarusian. Stems, not whole words, because all four Slavic languages inflect heavily.
 * Sources: the seed page (RFE/RL's footer notice), ../shared/registry/registry.md §5 (The Moscow Times footer,
 * TV Rain's statement, the statutory foreign-agent label), and the laws' own wording (CoAO 20.33, CC 284.1).
 * @module lib/notices/notice-vocabulary
 */

/** A designation a state gave: "undesirable organization", "foreign agent", "extremist", "terrorist". */
export const DESIGNATION =
  /undesirable|foreign[\s-]+agent|extremist|terrorist|нежелательн|иностранн\S*\s+агент|иноагент|экстремист|террорист|небажан|іноземн\S*\s+агент|іноагент|екстреміст|непажадан|іншаземн\S*\s+агент|замежн\S*\s+агент|экстрэміс|тэрарыст/iu;

/**
 * The publisher speaking of itself. Slavic pronouns are matched as whole words: `нас` must not match `население`.
 * `\p{L}` stands in for \b, which JavaScript only defines for ASCII letters.
 */
export const SELF_REFERENCE =
  /(?<!\p{L})(?:we|our|us|this (?:site|website|outlet|publication|media)|мы|наш\p{L}*|нас|нам|нами|редакци\p{L}*|ми|редакці\p{L}*|рэдакцы\p{L}*)(?!\p{L})/iu;

/** Who designates: a government body. Used only together with a notice-like container (see detect-notices). */
export const STATE_ACTOR =
  /government|prosecutor|ministry of justice|authorities|kremlin|правительств|прокуратур|минюст|министерств\S* юстиции|власт|уряд|прокуратур|мін'?юст|урад|пракуратур|мінюст|улад/iu;

/** What a reader risks: fines, prison, prosecution. */
export const RISK =
  /\b(?:fine[sd]?|imprisonment|prison|prosecut\w*|criminal|unsafe|dangerous)\b|штраф|лишени\S* свободы|уголовн|административн\S* ответственност|опасн|позбавлення волі|кримінальн|небезпечн|пазбаўлен\S* волі|крымінальн|небяспечн/iu;

/** Acts on the content a reader might do: share, like, comment, save, repost, subscribe, contact. */
export const SHARING_ACT =
  /\b(?:shar(?:e|ing)|lik(?:e|ing)|comment(?:ing)?|repost(?:ing)?|sav(?:e|ing)|subscrib\w*|contact(?:ing)?)\b|репост|лайк|подел\S*ся|делит\S*ся|распростран|подписк|коммент|поширен|поділит|коментув|вподоба|падзяліц|распаўсюдж|рэпост|каментав|падпіск/iu;

/** Where the reader is, or how they reach the site: "if you are in Russia", passport, VPN, mirror sites. */
export const AUDIENCE =
  /\b(?:in russia|russian federation|passport|VPN|mirror)\b|в росси|из росси|на территории|паспорт|зеркал|в росії|з росії|дзеркал|у расіі|з расіі|люстэрк/iu;

/** Money to the publisher. */
export const DONATION =
  /\b(?:donat\w*|contribution|support us)\b|пожертв|донат|поддерж\S* нас|поддержать|пожертвуван|підтрима|ахвяраван|падтрыма/iu;

/** Kinds the vocabulary can tell apart in one sentence (the mandated label has its own matcher). */
export type VocabularyKind = 'publisher-status' | 'sharing-warning' | 'donation-notice';

/** What a sentence says, as booleans; the thresholds live in classifySentence. */
export interface SentenceSignals {
  designation: boolean;
  self: boolean;
  actor: boolean;
  risk: boolean;
  act: boolean;
  audience: boolean;
  donation: boolean;
}

/** Reads every signal of one sentence. */
export function readSignals(sentence: string): SentenceSignals {
  return {
    designation: DESIGNATION.test(sentence),
    // "US" in capitals is the United States, not "us"; the pattern is case-insensitive, so drop it first.
    self: SELF_REFERENCE.test(sentence.replace(/\bU\.?S\.?(?!\p{L})/gu, '')),
    actor: STATE_ACTOR.test(sentence),
    risk: RISK.test(sentence),
    act: SHARING_ACT.test(sentence),
    audience: AUDIENCE.test(sentence),
    donation: DONATION.test(sentence),
  };
}

/**
 * Classifies one sentence, or returns null. The thresholds, precision first:
 * - status: a designation AND evidence that it is about the publisher: it speaks of itself ("we", "our", "редакция"),
 *   names itself (`namesSelf`, the site's own name), or stands in a strong notice container and names the state actor
 *   ("by the Russian government"). A story sentence about someone else lacks all three outside such containers.
 * - sharing warning: an act on the content AND a risk or a place ("fines … for sharing", "don't share if in Russia").
 * - donation: money AND a risk, a designation or a place; a plain "support our journalism" ask is not source context.
 * @param strongContainer the sentence stands in an alert, dialog, footer, fixed bar or notice-classed box
 */
export function classifySentence(sentence: string, namesSelf: boolean, strongContainer: boolean): VocabularyKind | null {
  const s = readSignals(sentence);
  if (s.act && (s.risk || s.audience) && (s.self || s.risk)) return 'sharing-warning';
  if (s.donation && (s.risk || s.designation || s.audience)) return 'donation-notice';
  if (s.designation && (s.self || namesSelf || (strongContainer && s.actor))) return 'publisher-status';
  return null;
}
