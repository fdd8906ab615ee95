package baoku.bench;

import static baoku.bench.BenchArgs.flag;
import static baoku.bench.BenchArgs.stringArg;

import baoku.ocr.OcrService;
import baoku.ocr.OcrSettings;
import baoku.page.Page;
import baoku.page.PageJson;
import baoku.page.PageOcr;
import baoku.parse.PageHints;
import baoku.parse.pdf.PdfLoader;
import baoku.parse.pdf.PdfPageReader;
import baoku.parse.scan.ScanPageReader;
import baoku.resource.ResourceLoader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * {@code OcrBench REPO [--pdfs DIR] [--models DIR] [--work DIR] [--score-pages PATH]
 * [--no-tesseract]}: OCR measured. Each PDF page is printed to a 300 dpi image, clean and degraded
 * ({@link ScanDegrader}), read by Baoku's OCR (the whole scan path, as {@code baoku parse} reads an
 * image) and by Tesseract chi_sim, and each engine's lines are scored against the PDF's own lines
 * ({@code pdftotext -bbox-layout}) as a character error rate; pages per minute and peak memory
 * beside. Baoku's pages are written as JSON per variant for {@code score-pages}, which is run on
 * them when given. Prints a Markdown report.
 */
public final class OcrBench {
  private static final int DPI = 300;
  private static final Pattern LINE =
      Pattern.compile(
          "<line xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">(.*?)</line>",
          Pattern.DOTALL);
  private static final Pattern WORD = Pattern.compile("<word[^>]*>(.*?)</word>", Pattern.DOTALL);

  private OcrBench() {}

  public static void main(String[] args) throws Exception {
    Path repo = Path.of(args[0]);
    Path pdfs =
        Path.of(
            stringArg(
                args,
                "--pdfs",
                repo.resolve("core/src/test/resources/samples/leshan-daily-typeset").toString()));
    Path models = Path.of(stringArg(args, "--models", repo.resolve("models/ocr").toString()));
    Path work = Files.createDirectories(Path.of(stringArg(args, "--work", "/tmp/baoku-ocr-bench")));
    String scorer = stringArg(args, "--score-pages", null);
    boolean tesseract = !flag(args, "--no-tesseract") && TesseractRunner.available();
    List<Path> files;
    try (Stream<Path> s = Files.list(pdfs)) {
      files = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    PageJson json = new PageJson();
    ScanDegrader degrader = new ScanDegrader(18);
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "| variant | engine | pages | CER | characters | s/page | pages/min | peak MB |%n"
                + "|---|---|---|---|---|---|---|---|%n"));
    try (OcrService ocr = new OcrService(models, OcrSettings.standard(), new ResourceLoader())) {
      ScanPageReader reader = new ScanPageReader(ocr, new PdfPageReader(), new PdfLoader());
      ocr.engine(); // models loaded before timing
      for (String variant : List.of("clean", "degraded")) {
        Path out = Files.createDirectories(work.resolve(variant));
        LineCer.Count ours = new LineCer.Count(0, 0);
        LineCer.Count theirs = new LineCer.Count(0, 0);
        double oursSeconds = 0;
        double theirSeconds = 0;
        long theirPeak = 0;
        for (int i = 0; i < files.size(); i++) {
          Path pdf = files.get(i);
          String name = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
          double skew = variant.equals("clean") ? 0 : (i % 2 == 0 ? 1.5 : -1.0);
          BufferedImage clean = render(Files.readAllBytes(pdf));
          BufferedImage image =
              skew == 0 && variant.equals("clean") ? clean : degrader.degrade(clean, skew);
          byte[] png = png(image);
          Path imageFile = out.resolve(name + ".png");
          Files.write(imageFile, png);
          List<LineCer.Line> known = knownLines(pdf, work);
          long start = System.nanoTime();
          Page page = reader.read(png, imageFile.toString(), PageHints.none(), false).get(0).page();
          oursSeconds += (System.nanoTime() - start) / 1e9;
          Files.writeString(out.resolve(name + ".json"), json.write(page), StandardCharsets.UTF_8);
          ours = ours.plus(LineCer.count(known, oursLines(page.ocr())));
          if (tesseract) {
            TesseractRunner.Run run = new TesseractRunner().read(imageFile, work);
            theirSeconds += run.seconds();
            theirPeak = Math.max(theirPeak, run.peakKb());
            theirs = theirs.plus(LineCer.count(turned(known, skew, image), run.lines()));
          }
        }
        row(
            report,
            variant,
            OcrService.ENGINE + ", 1 thread",
            files.size(),
            ours,
            oursSeconds,
            peakKb());
        if (tesseract) {
          row(
              report,
              variant,
              "Tesseract chi_sim, 1 thread",
              files.size(),
              theirs,
              theirSeconds,
              theirPeak);
        }
        if (scorer != null) {
          report.append(
              String.format(Locale.ROOT, "%nscore-pages on the %s scans:%n%n```%n", variant));
          report.append(run(scorer, pdfs.toString(), out.toString())).append("```\n\n");
        }
      }
    }
    System.out.print(report);
    Files.writeString(work.resolve("report.md"), report, StandardCharsets.UTF_8);
  }

  private static void row(
      StringBuilder report,
      String variant,
      String engine,
      int pages,
      LineCer.Count count,
      double seconds,
      long peakKb) {
    report.append(
        String.format(
            Locale.ROOT,
            "| %s | %s | %d | %.2f %% | %d | %.1f | %.2f | %d |%n",
            variant,
            engine,
            pages,
            100 * count.rate(),
            count.characters(),
            seconds / pages,
            60 * pages / seconds,
            peakKb / 1024));
  }

  private static List<LineCer.Line> oursLines(PageOcr ocr) {
    double k = DPI / 72.0;
    List<LineCer.Line> out = new ArrayList<>();
    for (PageOcr.Line l : ocr.lines()) {
      out.add(
          new LineCer.Line(
              l.text(), l.box().x() * k, l.box().y() * k, l.box().w() * k, l.box().h() * k));
    }
    return out;
  }

  /** The PDF's own lines (pdftotext's, in reading order of each line), in pixels at 300 dpi. */
  private static List<LineCer.Line> knownLines(Path pdf, Path work)
      throws IOException, InterruptedException {
    Path html = work.resolve("known.html");
    Process p =
        new ProcessBuilder("pdftotext", "-bbox-layout", pdf.toString(), html.toString())
            .redirectErrorStream(true)
            .start();
    p.getInputStream().readAllBytes();
    if (p.waitFor() != 0) {
      throw new IOException("pdftotext failed on " + pdf);
    }
    double k = DPI / 72.0;
    List<LineCer.Line> out = new ArrayList<>();
    Matcher m = LINE.matcher(Files.readString(html, StandardCharsets.UTF_8));
    while (m.find()) {
      StringBuilder text = new StringBuilder();
      Matcher w = WORD.matcher(m.group(5));
      while (w.find()) {
        text.append(unescape(w.group(1)));
      }
      double x0 = Double.parseDouble(m.group(1)) * k;
      double y0 = Double.parseDouble(m.group(2)) * k;
      out.add(
          new LineCer.Line(
              text.toString(),
              x0,
              y0,
              Double.parseDouble(m.group(3)) * k - x0,
              Double.parseDouble(m.group(4)) * k - y0));
    }
    return out;
  }

  /**
   * Known lines moved as the page was turned, for an engine that reports boxes on the turned scan.
   */
  private static List<LineCer.Line> turned(
      List<LineCer.Line> known, double degrees, BufferedImage image) {
    if (degrees == 0) {
      return known;
    }
    double a = Math.toRadians(degrees);
    double cx = image.getWidth() / 2.0;
    double cy = image.getHeight() / 2.0;
    List<LineCer.Line> out = new ArrayList<>();
    for (LineCer.Line l : known) {
      double mx = l.x() + l.w() / 2 - cx;
      double my = l.y() + l.h() / 2 - cy;
      double nx = cx + mx * Math.cos(a) - my * Math.sin(a);
      double ny = cy + mx * Math.sin(a) + my * Math.cos(a);
      out.add(new LineCer.Line(l.text(), nx - l.w() / 2, ny - l.h() / 2, l.w(), l.h()));
    }
    return out;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  private static BufferedImage render(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.GRAY);
    }
  }

  private static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** This process's peak resident memory (VmHWM), in kilobytes. */
  private static long peakKb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return 0;
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }
}
