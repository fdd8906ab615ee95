package baoku.ocr;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chinese OCR in the JVM with the PP-OCRv4 models under ONNX Runtime: the page is levelled, its
 * lines found by DB detection at about 150 dpi, each line cut from the page at full resolution and
 * read by the CRNN recogniser. Vertical lines are found and counted but not read. One engine holds
 * its models once; {@link #read} may be called from one thread at a time.
 */
public final class OcrEngine implements AutoCloseable {
  /** A box this much taller than wide, and much taller than the page's lines, is set vertically. */
  private static final double VERTICAL_SHAPE = 2.5;

  private static final double VERTICAL_LENGTH = 3.0;

  /** A line's strokes are its darkest 2 % of pixels, its paper the level 70 % of them reach… */
  private static final double DARKEST = 0.02;

  private static final double PAPER = 0.7;

  /** …and strokes fainter than this against the paper are none. */
  private static final int MIN_CONTRAST = 40;

  /** A row holding this share of the line's inkiest row's ink is part of the type. */
  private static final double INK_ROW = 0.04;

  private final OcrSettings settings;
  private final OrtSession detection;
  private final OrtSession recognition;
  private final OrtSession angle;
  private final TextDetector detector;
  private final BoxFinder finder;
  private final LineRecogniser recogniser;
  private final AngleClassifier classifier;
  private final SkewEstimator skew = new SkewEstimator();

  public OcrEngine(OcrModels models, OcrSettings settings) throws OcrModelException {
    this.settings = settings;
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    List<String> characters;
    try {
      characters = Files.readAllLines(models.characters(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new OcrModelException(models.characters() + ": unreadable (" + e.getMessage() + ")");
    }
    OrtSession det = null;
    OrtSession rec = null;
    OrtSession cls = null;
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(settings.threads());
      options.setInterOpNumThreads(1);
      det = open(environment, models.detection().toString(), options);
      rec = open(environment, models.recognition().toString(), options);
      cls =
          settings.angleClassifier() ? open(environment, models.angle().toString(), options) : null;
    } catch (OrtException | OcrModelException e) {
      closeQuietly(det);
      closeQuietly(rec);
      throw e instanceof OcrModelException m ? m : new OcrModelException(e.getMessage());
    }
    this.detection = det;
    this.recognition = rec;
    this.angle = cls;
    this.detector = new TextDetector(environment, det);
    this.finder = new BoxFinder(settings);
    this.recogniser =
        new LineRecogniser(environment, rec, new CtcDecoder(characters, models.readAs()));
    this.classifier = cls == null ? null : new AngleClassifier(environment, cls);
  }

  private static OrtSession open(
      OrtEnvironment environment, String file, OrtSession.SessionOptions options)
      throws OcrModelException {
    try {
      return environment.createSession(file, options);
    } catch (OrtException e) {
      throw new OcrModelException(file + ": OCR model cannot be loaded (" + e.getMessage() + ")");
    }
  }

  /** Reads one page image taken at {@code dpi}. */
  public OcrResult read(BufferedImage image, double dpi) {
    GrayImage page = GrayImage.of(image);
    boolean scaledDown = false;
    long pixels = (long) page.width * page.height;
    if (pixels > settings.maxPixels()) {
      double f = Math.sqrt((double) settings.maxPixels() / pixels);
      page = page.scaled((int) (page.width * f), (int) (page.height * f));
      dpi *= f;
      scaledDown = true;
    }
    double turned = skew.skew(page);
    if (turned != 0) {
      page = page.levelled(turned);
    }
    try {
      List<TextBox> boxes = find(page, dpi);
      List<TextBox> horizontal = new ArrayList<>();
      int vertical = 0;
      double typical = median(boxes);
      for (TextBox b : boxes) {
        if (b.height() >= VERTICAL_SHAPE * b.width() && b.height() >= VERTICAL_LENGTH * typical) {
          vertical++;
        } else {
          horizontal.add(b);
        }
      }
      List<GrayImage> crops = new ArrayList<>(horizontal.size());
      for (int i = 0; i < horizontal.size(); i++) {
        TextBox b = horizontal.get(i);
        // The recogniser wants the margin DB leaves; the line keeps the box of its ink.
        crops.add(page.crop(b.x(), b.y(), b.width(), b.height()));
        horizontal.set(i, tightened(page, b));
      }
      if (classifier != null) {
        crops = classifier.upright(crops);
      }
      List<OcrLine> lines = new ArrayList<>();
      for (OcrLine line : recogniser.read(horizontal, crops)) {
        if (!line.chars().isEmpty()) {
          lines.add(line);
        }
      }
      lines.sort(Comparator.comparingInt(OcrLine::y).thenComparingInt(OcrLine::x));
      return new OcrResult(page.toImage(), dpi, turned, lines, vertical, scaledDown);
    } catch (OrtException e) {
      throw new IllegalStateException("OCR failed: " + e.getMessage(), e);
    }
  }

  /** The page's text lines, found on a copy at the detection resolution, in page pixels. */
  private List<TextBox> find(GrayImage page, double dpi) throws OrtException {
    double scale = Math.min(1.0, settings.detectionDpi() / dpi);
    int w = Math.max(1, (int) Math.round(page.width * scale));
    int h = Math.max(1, (int) Math.round(page.height * scale));
    GrayImage small = scale < 1 ? page.scaled(w, h) : page;
    float[] map = detector.probabilities(small);
    double back = (double) page.width / w;
    List<TextBox> out = new ArrayList<>();
    for (TextBox b : finder.boxes(map, w, h)) {
      int x0 = (int) Math.floor(b.x() * back);
      int y0 = (int) Math.floor(b.y() * back);
      int x1 = Math.min(page.width, (int) Math.ceil(b.right() * back));
      int y1 = Math.min(page.height, (int) Math.ceil(b.bottom() * back));
      out.add(new TextBox(x0, y0, x1 - x0, y1 - y0, b.score()));
    }
    return out;
  }

  /**
   * The box narrowed to the rows and columns its type inks: DB's boxes are grown by a rule of thumb
   * and vary with the line's shapes, but the ink of a Chinese line spans nearly the whole em, which
   * gives each line's type size.
   */
  private static TextBox tightened(GrayImage page, TextBox b) {
    int ink = inkLevel(page, b);
    if (ink < 0) {
      return b;
    }
    // Rows are looked at above and below the box too: DB may cut a line's ink short.
    int from = Math.max(0, b.y() - b.height() / 2);
    int to = Math.min(page.height, b.bottom() + b.height() / 2);
    int[] rows = new int[to - from];
    int most = 0;
    for (int y = from; y < to; y++) {
      for (int x = 0; x < b.width(); x++) {
        if (page.at(b.x() + x, y) < ink) {
          rows[y - from]++;
        }
      }
      if (y >= b.y() && y < b.bottom()) {
        most = Math.max(most, rows[y - from]);
      }
    }
    int enough = Math.max(1, (int) (INK_ROW * most));
    int middle = b.y() + b.height() / 2 - from;
    if (rows[middle] < enough) {
      return b;
    }
    // The line's type is the run of inked rows through its middle; blank leading ends it.
    int top = middle;
    while (top > 0 && rows[top - 1] >= enough) {
      top--;
    }
    int bottom = middle;
    while (bottom + 1 < rows.length && rows[bottom + 1] >= enough) {
      bottom++;
    }
    if (bottom - top + 1 < Math.max(3, b.height() / 3)) {
      return b;
    }
    top += from - b.y();
    bottom += from - b.y();
    int left = 0;
    while (left < b.width() && !inked(page, b.x() + left, b.y() + top, b.y() + bottom, ink)) {
      left++;
    }
    int right = b.width() - 1;
    while (right > left && !inked(page, b.x() + right, b.y() + top, b.y() + bottom, ink)) {
      right--;
    }
    if (right - left + 1 < Math.max(3, b.width() / 3)) {
      left = 0;
      right = b.width() - 1;
    }
    return new TextBox(b.x() + left, b.y() + top, right - left + 1, bottom - top + 1, b.score());
  }

  /** Whether the column holds ink between the rows (two pixels at least: one may be a speck). */
  private static boolean inked(GrayImage page, int x, int top, int bottom, int ink) {
    int dark = 0;
    for (int y = top; y <= bottom; y++) {
      if (page.at(x, y) < ink && ++dark >= 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * The grey level below which a pixel of the box is ink: midway between its paper and its darkest
   * strokes, so that a grey, blurred or unevenly lit scan is measured as a clean one; -1 where the
   * box shows too little contrast to tell.
   */
  private static int inkLevel(GrayImage page, TextBox b) {
    int[] histogram = new int[256];
    for (int y = b.y(); y < b.bottom(); y++) {
      for (int x = b.x(); x < b.right(); x++) {
        histogram[page.at(x, y)]++;
      }
    }
    int total = b.width() * b.height();
    int dark = level(histogram, total * DARKEST);
    int paper = level(histogram, total * PAPER);
    return paper - dark < MIN_CONTRAST ? -1 : (dark + paper) / 2;
  }

  /** The grey level below which {@code share} of the pixels lie. */
  private static int level(int[] histogram, double count) {
    long seen = 0;
    for (int v = 0; v < histogram.length; v++) {
      seen += histogram[v];
      if (seen >= count) {
        return v;
      }
    }
    return histogram.length - 1;
  }

  private static double median(List<TextBox> boxes) {
    if (boxes.isEmpty()) {
      return 0;
    }
    int[] heights = boxes.stream().mapToInt(TextBox::height).sorted().toArray();
    return heights[heights.length / 2];
  }

  @Override
  public void close() {
    closeQuietly(detection);
    closeQuietly(recognition);
    closeQuietly(angle);
  }

  private static void closeQuietly(OrtSession session) {
    if (session != null) {
      try {
        session.close();
      } catch (OrtException e) {
        // Closing frees native memory; a failure there leaves nothing to do.
      }
    }
  }
}
