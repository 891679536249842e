import type { ArticleAge } from '@/lib/article-age';

export interface AgeNoticeProps {
  age: ArticleAge | null;
}

/** "Published 5 years ago", prominent, on stories over a year old: an old story shared today reads as news. */
export function AgeNotice({ age }: AgeNoticeProps) {
  if (!age?.isOld) return null;
  const years = age.years === 1 ? '1 year' : `${age.years} years`;
  const months = age.months > 0 && age.years < 3 ? ` and ${age.months} month${age.months === 1 ? '' : 's'}` : '';
  return <p class="mh-age" role="note" data-testid="age-notice">Published {years}{months} ago</p>;
}
