package baoku.parse.assemble;

import baoku.page.Image;
import baoku.parse.layout.ClassifiedLine;
import baoku.parse.zone.BodyPiece;
import java.util.List;

/**
 * The zones that make one article, before each zone parser reads its own.
 *
 * @param headLines the headline's lines (parts separated by blank lines), or empty
 * @param byline a byline printed on a line of its own, or null
 * @param pieces the body's lines and subheads
 */
public record ArticleParts(
    List<ClassifiedLine> headLines,
    ClassifiedLine byline,
    List<BodyPiece> pieces,
    List<Image> images,
    Integer continuedOn,
    Integer continuedFrom) {

  public ArticleParts {
    headLines = List.copyOf(headLines);
    pieces = List.copyOf(pieces);
    images = List.copyOf(images);
  }
}
