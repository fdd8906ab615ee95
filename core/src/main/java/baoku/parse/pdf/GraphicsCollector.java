package baoku.parse.pdf;

import baoku.page.Region;
import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects what a page draws besides text: images, filled boxes, rules. Paths are reduced to their
 * bounding boxes, which is all that layout needs of them.
 */
final class GraphicsCollector extends PDFGraphicsStreamEngine {
  /** A line no thicker than this (points) is a rule. */
  private static final double RULE_THICKNESS = 2.5;

  /** A box smaller than this on either side (points) is a dot or a glyph drawn as a shape. */
  private static final double MIN_BOX = 6;

  /** A filled area over this share of the page is its background. */
  private static final double BACKGROUND_SHARE = 0.6;

  private final List<Drawing> drawings = new ArrayList<>();
  private int glyphs;
  private int unmapped;
  private final GeneralPath path = new GeneralPath();
  private final PDRectangle crop;

  private GraphicsCollector(PDPage page) {
    super(page);
    this.crop = page.getCropBox();
  }

  /** What the page draws; {@code census} learns how many glyphs it shows and how many unmapped. */
  static List<Drawing> collect(PDPage page, int[] census) throws IOException {
    GraphicsCollector collector = new GraphicsCollector(page);
    collector.processPage(page);
    census[0] = collector.glyphs;
    census[1] = collector.unmapped;
    return List.copyOf(collector.drawings);
  }

  /**
   * Counts every glyph shown, and those whose font gives no Unicode text: text extraction drops or
   * garbles these, so they tell a page printed in unmapped fonts from one without text.
   */
  @Override
  protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement)
      throws IOException {
    glyphs++;
    if (font.toUnicode(code) == null) {
      unmapped++;
    }
  }

  @Override
  public void drawImage(PDImage image) {
    Matrix m = getGraphicsState().getCurrentTransformationMatrix();
    Rectangle2D.Double unit = new Rectangle2D.Double(0, 0, 1, 1);
    Rectangle2D bounds = m.createAffineTransform().createTransformedShape(unit).getBounds2D();
    add(Drawing.Kind.IMAGE, bounds);
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    path.moveTo(p0.getX(), p0.getY());
    path.lineTo(p1.getX(), p1.getY());
    path.lineTo(p2.getX(), p2.getY());
    path.lineTo(p3.getX(), p3.getY());
    path.closePath();
  }

  @Override
  public void fillPath(int windingRule) throws IOException {
    if (!isWhite(getGraphicsState().getNonStrokingColor())) {
      addShape(path.getBounds2D());
    }
    path.reset();
  }

  @Override
  public void fillAndStrokePath(int windingRule) throws IOException {
    addShape(path.getBounds2D());
    path.reset();
  }

  @Override
  public void strokePath() throws IOException {
    if (!isWhite(getGraphicsState().getStrokingColor())) {
      addShape(path.getBounds2D());
    }
    path.reset();
  }

  @Override
  public void clip(int windingRule) {
    // Clipping paths are not drawn; the path that set them ends with the next operator.
  }

  @Override
  public void moveTo(float x, float y) {
    path.moveTo(x, y);
  }

  @Override
  public void lineTo(float x, float y) {
    path.lineTo(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    path.curveTo(x1, y1, x2, y2, x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return path.getCurrentPoint();
  }

  @Override
  public void closePath() {
    path.closePath();
  }

  @Override
  public void endPath() {
    path.reset();
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // Gradients fill the clip area: decoration, not layout.
  }

  private void addShape(Rectangle2D bounds) {
    double w = bounds.getWidth();
    double h = bounds.getHeight();
    if (h <= RULE_THICKNESS && w > 4 * RULE_THICKNESS) {
      add(Drawing.Kind.HORIZONTAL_RULE, bounds);
    } else if (w <= RULE_THICKNESS && h > 4 * RULE_THICKNESS) {
      add(Drawing.Kind.VERTICAL_RULE, bounds);
    } else if (w >= MIN_BOX
        && h >= MIN_BOX
        && w * h < BACKGROUND_SHARE * crop.getWidth() * crop.getHeight()) {
      add(Drawing.Kind.BOX, bounds);
    }
  }

  /** Converts from PDF user space (origin bottom-left) to page coordinates (origin top-left). */
  private void add(Drawing.Kind kind, Rectangle2D bounds) {
    double x = bounds.getX() - crop.getLowerLeftX();
    double y = crop.getUpperRightY() - bounds.getY() - bounds.getHeight();
    drawings.add(new Drawing(kind, Region.of(x, y, bounds.getWidth(), bounds.getHeight())));
  }

  private static boolean isWhite(PDColor color) {
    try {
      int rgb = color.toRGB();
      return (rgb & 0xff) > 242 && ((rgb >> 8) & 0xff) > 242 && ((rgb >> 16) & 0xff) > 242;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
