import { ContextStrip } from '@/components/reader/ContextStrip';
import { articleAge, type ArticleAge } from '@/lib/article-age';
import type { ExtractResult } from '@/lib/protocol';

export interface ReaderContextProps {
  result: Extract<ExtractResult, { ok: true }>;
  now: Date;
}

/** "more than a year ago" for 1 year and some months, "N years ago" after; the date itself is in the dateline. */
function ageText(age: ArticleAge): string {
  return age.years <= 1 ? 'Published more than a year ago.' : `Published ${age.years} years ago.`;
}

/** The header extras under the dateline: the age notice for old stories and what the publisher says about itself. */
export function ReaderContext({ result, now }: ReaderContextProps) {
  const age = articleAge(result.article.publishedTime, now);
  const notices = result.notices;
  const first = notices[0]?.text ?? '';
  return (
    <>
      {age?.isOld && <p class="mh-age" data-testid="reader-age">{ageText(age)} Check whether it is still current before you share it.</p>}
      {notices.length > 0 && (
        <ContextStrip summary={`The publisher says: “${first.length > 90 ? `${first.slice(0, 90)}…` : first}”`} level="info">
          <ul class="mh-says">
            {notices.map((notice) => (
              <li key={notice.text}>
                <blockquote class="mh-says__quote" lang={notice.lang === 'und' ? undefined : notice.lang}>{notice.text}</blockquote>
                <span class="mh-says__where">Printed on the page ({notice.position}).</span>
              </li>
            ))}
          </ul>
        </ContextStrip>
      )}
    </>
  );
}
