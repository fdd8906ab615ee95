package baoku.parse.layout;

/** The zones the segmenter cuts a page into. */
public enum BlockKind {
  /** Running text of one article (or of one part of it, until assembly joins them). */
  BODY,
  /** One part of a headline, a subhead, a banner, or a caption without a credit. */
  HEADLINE,
  /** A byline on a line of its own. */
  BYLINE,
  /** A photo caption with its credit. */
  CAPTION,
  /** Printed matter of the page that belongs to no article: editors' credits. */
  OTHER
}
