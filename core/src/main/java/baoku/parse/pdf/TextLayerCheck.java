package baoku.parse.pdf;

import java.util.Optional;

/**
 * Whether a page's text layer can be indexed: present, and made of real characters. A scan has no
 * text; a PDF whose fonts lack a Unicode mapping yields codes that only look like text (control
 * characters, private-use signs, letters of unrelated scripts). Either is reported, never indexed.
 */
final class TextLayerCheck {
  /** Fewer characters than this is a scan with perhaps a stray page number. */
  private static final int MIN_CHARACTERS = 10;

  /** A share of unusable characters above this is garbled text. */
  private static final double MAX_BAD = 0.10;

  /** A share of characters outside Chinese, Latin and their punctuation above this is garbled. */
  private static final double MAX_FOREIGN = 0.30;

  /** The reason page content cannot be used, if it cannot. */
  Optional<String> problem(PageContent page) {
    int total = 0;
    int bad = 0;
    int foreign = 0;
    for (Glyph glyph : page.glyphs()) {
      String text = glyph.text();
      for (int i = 0; i < text.length(); ) {
        int c = text.codePointAt(i);
        i += Character.charCount(c);
        if (Character.isWhitespace(c) || c == 0x3000 || c == 0xA0) {
          continue;
        }
        total++;
        switch (kind(c)) {
          case BAD -> bad++;
          case FOREIGN -> foreign++;
          default -> {}
        }
      }
    }
    int unmapped = page.unmappedGlyphs();
    if (total + unmapped < MIN_CHARACTERS) {
      return Optional.of(PdfPageReader.NO_TEXT_LAYER);
    }
    double all = total + unmapped;
    if ((bad + unmapped) / all > MAX_BAD || (bad + unmapped + foreign) / all > MAX_FOREIGN) {
      return Optional.of(
          "text without a Unicode mapping (garbled fonts: "
              + Math.round(100 * (bad + unmapped + foreign) / all)
              + "% unreadable characters), OCR needed");
    }
    return Optional.empty();
  }

  private enum Kind {
    GOOD,
    FOREIGN,
    BAD
  }

  private static Kind kind(int c) {
    if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xFFFD || c == 0xFFFC) {
      return Kind.BAD;
    }
    int type = Character.getType(c);
    if (type == Character.PRIVATE_USE
        || type == Character.UNASSIGNED
        || type == Character.SURROGATE
        || type == Character.CONTROL) {
      return Kind.BAD;
    }
    if (c < 0x250 // ASCII, Latin-1 and Latin Extended
        || (c >= 0x2000 && c <= 0x2BFF) // punctuation, symbols, arrows, shapes (■ ● ★)
        || (c >= 0x3000 && c <= 0x303F) // CJK punctuation
        || (c >= 0xFF00 && c <= 0xFFEF) // full-width forms
        || (c >= 0xFE30 && c <= 0xFE4F) // CJK compatibility forms
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
      return Kind.GOOD;
    }
    return Kind.FOREIGN;
  }
}
