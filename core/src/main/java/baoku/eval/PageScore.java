package baoku.eval;

/**
 * The reference scorer's numbers for one page, or their totals over many (see {@code
 * docs/evaluation.md}): every share is between 0 and 1.
 *
 * @param goldArticles articles in the gold page
 * @param predictedArticles articles the parser found
 * @param bodyF1 mean bigram F1 of each gold body against its paired body (0 if unpaired)
 * @param bodyExact share of gold bodies reproduced exactly
 * @param headline share of printed gold headlines (kicker, title, subtitle joined) reproduced
 * @param authors share of gold articles with an authors key whose author set is reproduced
 * @param paragraphs paragraph-boundary F1 over the articles whose body is exact
 * @param captions share of gold captions attached to the right article and kept out of every body
 * @param jumps share of gold articles whose {@code continued_on} is reproduced (null included)
 * @param issue share of gold issue fields reproduced ({@code date_source} excluded)
 * @param spurious predicted articles paired with no gold article
 */
public record PageScore(
    int goldArticles,
    int predictedArticles,
    double bodyF1,
    double bodyExact,
    double headline,
    double authors,
    double paragraphs,
    double captions,
    double jumps,
    double issue,
    int spurious) {

  /** The metric names in the reference scorer's order, as its table and JSON name them. */
  public static final java.util.List<String> METRICS =
      java.util.List.of(
          "body_f1",
          "body_exact",
          "headline",
          "authors",
          "paragraphs",
          "captions",
          "jumps",
          "issue");

  /** "gold/predicted", the scorer's {@code articles} column. */
  public String articles() {
    return goldArticles + "/" + predictedArticles;
  }

  /** The metric named as in {@link #METRICS}. */
  public double metric(String name) {
    return switch (name) {
      case "body_f1" -> bodyF1;
      case "body_exact" -> bodyExact;
      case "headline" -> headline;
      case "authors" -> authors;
      case "paragraphs" -> paragraphs;
      case "captions" -> captions;
      case "jumps" -> jumps;
      case "issue" -> issue;
      default -> throw new IllegalArgumentException("no metric " + name);
    };
  }

  /** The headline figure: mean of body_exact, headline, authors and captions. */
  public double score() {
    // Summed from zero in this order, as the reference scorer does, so the doubles agree.
    return (0.0 + bodyExact + headline + authors + captions) / 4;
  }
}
