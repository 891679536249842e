import { guessLanguage } from '@/lib/notices/guess-language';
import type { DesignationMention } from '@/lib/protocol';

export interface DesignationMentionsProps {
  mentions: DesignationMention[];
}

/** The designation in words; the story's own marker is quoted beside it, so nothing is restated beyond it. */
const DESIGNATION_WORDS: Record<DesignationMention['designation'], string> = {
  'foreign-agent': "designated a 'foreign agent'",
  undesirable: "designated 'undesirable'",
  banned: 'banned',
  extremist: "designated 'extremist'",
  terrorist: "designated 'terrorist'",
};

/** The last words before the marker: who it is about (the context holds up to ~80 characters). */
function subject(context: string): string {
  const words = context.split(' ');
  return words.length > 8 ? `…${words.slice(-8).join(' ')}` : context;
}

/**
 * "Mentioned in the story:" — designation markers the story puts after other people and organisations, listed as
 * the story states them; never the publisher's own status. Renders nothing when there are none.
 */
export function DesignationMentions({ mentions }: DesignationMentionsProps) {
  if (mentions.length === 0) return null;
  return (
    <section class="mh-mentions" aria-labelledby="mh-mentions-title" data-testid="designation-mentions">
      <h2 id="mh-mentions-title" class="mh-mentions__title">Mentioned in the story:</h2>
      <ul class="mh-mentions__list">
        {mentions.map((mention, index) => (
          <li key={`${mention.marker}-${index}`} class="mh-mentions__item" data-testid="designation-mention">
            <span lang={guessLanguage(mention.context)}>{subject(mention.context)}</span>
            {' — '}
            {DESIGNATION_WORDS[mention.designation]} (as the story states: <q lang={guessLanguage(mention.marker)}>{mention.marker}</q>)
          </li>
        ))}
      </ul>
    </section>
  );
}
