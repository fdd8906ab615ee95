package baoku.parse.assemble;

import baoku.page.Image;
import baoku.parse.layout.ClassifiedLine;
import baoku.parse.zone.BodyPiece;
import java.util.ArrayList;
import java.util.List;

/** A headline group, a body or a loose caption while the assembler pairs them into articles. */
final class Unit {
  enum Kind {
    HEAD,
    BODY,
    CAPTION
  }

  final Kind kind;
  final List<ClassifiedLine> headLines = new ArrayList<>();
  final List<BodyPiece> pieces = new ArrayList<>();
  final List<Image> images = new ArrayList<>();

  /** A head's trailing byline, or a body's byline printed above it without a headline. */
  ClassifiedLine byline;

  Image image;
  Integer continuedOn;
  Integer continuedFrom;
  Unit pair;
  private Bigrams bigrams;

  Unit(Kind kind) {
    this.kind = kind;
  }

  boolean isHead() {
    return kind == Kind.HEAD;
  }

  boolean isBody() {
    return kind == Kind.BODY;
  }

  ClassifiedLine firstLine() {
    return isHead() ? headLines.get(0) : pieces.get(0).line();
  }

  ClassifiedLine lastBodyLine() {
    return pieces.get(pieces.size() - 1).line();
  }

  String text() {
    StringBuilder out = new StringBuilder();
    for (ClassifiedLine l : isHead() ? headLines : pieces.stream().map(BodyPiece::line).toList()) {
      out.append(l.text());
    }
    return out.toString();
  }

  Bigrams bigrams() {
    if (bigrams == null) {
      bigrams = Bigrams.of(text());
    }
    return bigrams;
  }

  void invalidate() {
    bigrams = null;
  }
}
