/** The site's settings in one place. Edit these to make the archive yours. */
export const SITE = {
  /** Shown in the header, page titles and feeds. */
  title: "Paper archive",
  /** The home page's and feeds' description. */
  description: "Research papers from daily digests: browse by topic and date, search everything.",
  /** Papers per page on topic pages (title and start of abstract, under their dates). */
  papersPerPage: 100,
  /** The home page shows the newest digests, whole, until at least this many papers are listed. */
  homeMinPapers: 20,
  /** Items in the site-wide feed. */
  feedItems: 50,
  /** Items in each topic's feed. */
  topicFeedItems: 20,
} as const;
