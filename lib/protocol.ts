/**
 * The one contract between the page script and the extension pages (popup, reader overlay).
 * Everything here is plain, structured-clone-safe data: it crosses `scripting.executeScript`.
 * Errors are values (`ok: false` with a reason), never throws across the boundary.
 * @module lib/protocol
 */

/** Why a page yielded no story. Each reason has its own message in the UI. */
export type FailureReason =
  | 'not-readerable' // Readability's cheap check says no; the user may force extraction ("Show anyway")
  | 'empty' // forced extraction found no story
  | 'restricted' // the browser forbids extensions on this page (chrome://, web store, PDF viewer, view-source:)
  | 'loading' // document.readyState is still 'loading'
  | 'too-large' // the DOM exceeds the node budget; extraction would freeze the tab
  | 'error'; // an exception inside extraction; `detail` carries its message

/** Metadata the page states about itself, read from the live document before Readability mutates a clone. */
export interface PageMetadata {
  /** The tab URL (location.href). */
  url: string;
  /** `<link rel=canonical>` resolved against the page URL, or null. */
  canonicalUrl: string | null;
  /** `og:url`, resolved, or null. */
  ogUrl: string | null;
  /** `og:site_name`, trimmed, or null. */
  ogSiteName: string | null;
  /** JSON-LD `publisher.name` of the first NewsArticle/Article-like object, or null. */
  jsonLdPublisherName: string | null;
  /** JSON-LD `publisher.url` (or `@id` when it is a URL), or null. */
  jsonLdPublisherUrl: string | null;
  /** `<html lang>`, or null. */
  lang: string | null;
  /** Date the page says the story was last modified (ISO string), or null. */
  modifiedTime: string | null;
}

/** Where a notice stood on the page, so the UI can say "in the page footer" etc. */
export type NoticePosition = 'top' | 'bottom' | 'overlay' | 'in-article' | 'sidebar' | 'unknown';

/** What a publisher's own notice is about. */
export type NoticeKind = 'publisher-status' | 'sharing-warning' | 'donation-notice' | 'mandated-label';

/** A notice the publisher printed on its own page, quoted verbatim. */
export interface PublisherNotice {
  kind: NoticeKind;
  /** Verbatim text, whitespace collapsed. */
  text: string;
  /** BCP-47-ish language code guessed from the script/vocabulary ('en', 'ru', 'uk', 'be'), or 'und'. */
  lang: string;
  position: NoticePosition;
}

/** An inline marker about another entity inside the story, e.g. "(признан иноагентом)". Not the publisher's status. */
export interface DesignationMention {
  /** The marker text, verbatim. */
  marker: string;
  /** Which designation the marker states. */
  designation: 'foreign-agent' | 'undesirable' | 'banned' | 'extremist' | 'terrorist';
  /** Up to ~80 characters of text before the marker: who it is about. */
  context: string;
}

/** The cleaned story, as rendered in the popup and the reader overlay. HTML is NOT yet sanitized. */
export interface CleanArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO date-time the story was published, or null. */
  publishedTime: string | null;
  /** ISO date-time of the last update, or null. */
  modifiedTime: string | null;
  excerpt: string | null;
  lang: string | null;
  dir: string | null;
  /** Lead image URL (absolute), or null. */
  leadImageUrl: string | null;
  /** The caption the page prints for the lead image (its figcaption, else its alt text), when the lead image is shown apart from the body. */
  leadImageCaption?: string | null;
  /** Article HTML from Readability after our chrome removal. Must pass through sanitizeArticleHtml before rendering. */
  contentHtml: string;
  /** Plain text of the story. */
  textContent: string;
  /** Word count of textContent. */
  wordCount: number;
  /** Estimated reading time in whole minutes (≥ 1). */
  readingMinutes: number;
}

/** What the page script returns. A discriminated union on `ok`. */
export type ExtractResult =
  | {
      ok: true;
      article: CleanArticle;
      meta: PageMetadata;
      notices: PublisherNotice[];
      mentions: DesignationMention[];
      /** True when the story was read despite the readerable pre-check (forced, or judged not readerable). */
      forced: boolean;
    }
  | {
      ok: false;
      reason: FailureReason;
      /** Human-readable detail for 'error' (and a hint for others); never shown raw as HTML. */
      detail: string | null;
      /** Present when the page could be read at all (so source context still works without a story). */
      meta: PageMetadata | null;
      notices: PublisherNotice[];
    };

/** Options the popup passes to the page script. */
export interface ExtractOptions {
  /** Skip the readerable pre-check and the size limit ("Show anyway"). */
  force: boolean;
  /**
   * Read the story even where the readerable pre-check says "not an article", but keep the size limit: the reading
   * view was asked for explicitly, yet a huge page should still ask first. The result is then marked `forced`.
   */
  ignoreReaderable?: boolean;
}
