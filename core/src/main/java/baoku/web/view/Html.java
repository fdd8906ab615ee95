package baoku.web.view;

import java.util.stream.Stream;

/**
 * The one place text becomes HTML. A template's {@code {}} holes are filled in order: a {@link
 * Markup} goes in as it is, a stream or iterable of them is joined, {@code null} is left out (also
 * in a stream), and anything else is escaped. So archive text can only reach a page escaped.
 */
public final class Html {
  private Html() {}

  /** HTML that a view built: safe to insert as it is. */
  public record Markup(String html) {
    public static final Markup EMPTY = new Markup("");

    @Override
    public String toString() {
      return html;
    }
  }

  public static Markup html(String template, Object... args) {
    StringBuilder out = new StringBuilder(template.length() + 64 * args.length);
    int from = 0;
    int arg = 0;
    for (int hole = template.indexOf("{}"); hole >= 0; hole = template.indexOf("{}", from)) {
      if (arg >= args.length) {
        throw new IllegalArgumentException("more holes than arguments in: " + template);
      }
      out.append(template, from, hole);
      append(out, args[arg++]);
      from = hole + 2;
    }
    if (arg != args.length) {
      throw new IllegalArgumentException("more arguments than holes in: " + template);
    }
    return new Markup(out.append(template, from, template.length()).toString());
  }

  /** Fragments joined, e.g. the items of a list. */
  public static Markup join(Stream<Markup> parts) {
    StringBuilder out = new StringBuilder();
    parts.forEach(part -> out.append(part.html()));
    return new Markup(out.toString());
  }

  public static Markup join(Iterable<Markup> parts) {
    StringBuilder out = new StringBuilder();
    parts.forEach(part -> out.append(part.html()));
    return new Markup(out.toString());
  }

  /** {@code markup} where {@code condition} holds, else nothing. */
  public static Markup when(boolean condition, Markup markup) {
    return condition ? markup : Markup.EMPTY;
  }

  @SuppressWarnings("unchecked")
  private static void append(StringBuilder out, Object value) {
    switch (value) {
      case null -> {}
      case Markup markup -> out.append(markup.html());
      case Stream<?> stream -> ((Stream<Markup>) stream).forEach(m -> append(out, m));
      case Iterable<?> items -> ((Iterable<Markup>) items).forEach(m -> append(out, m));
      default -> escape(out, String.valueOf(value));
    }
  }

  /** Escapes text for element content and double- or single-quoted attribute values. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(out, text);
    return out.toString();
  }

  private static void escape(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }

  /**
   * A search snippet: the archive escapes the text and marks matches with {@code <mark>}. Trusting
   * that alone would let one archive bug become a script on the page, so every tag other than
   * {@code <mark>} and {@code </mark>} is escaped again here; entities the archive wrote stay as
   * they are, since they show as text.
   */
  public static Markup snippet(String marked) {
    if (marked == null) {
      return Markup.EMPTY;
    }
    String open = "\u0000m\u0000";
    String close = "\u0000/m\u0000";
    String text =
        marked
            .replace("\u0000", "")
            .replace("<mark>", open)
            .replace("</mark>", close)
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;")
            .replace(open, "<mark>")
            .replace(close, "</mark>");
    return new Markup(text);
  }
}
