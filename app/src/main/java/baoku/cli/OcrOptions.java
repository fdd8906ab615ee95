package baoku.cli;

import baoku.ingest.PdfFiles;
import baoku.ingest.ScanFiles;
import baoku.ocr.OcrService;
import baoku.ocr.OcrSettings;
import baoku.parse.pdf.PdfLoader;
import baoku.parse.pdf.PdfPageReader;
import baoku.parse.scan.ScanPageReader;
import baoku.render.PageImages;
import baoku.resource.ResourceLoader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the OCR models are and how many threads OCR uses, for commands that read scans. */
final class OcrOptions {
  @Option(
      names = "--ocr-models",
      paramLabel = "DIR",
      description =
          "The OCR models (installed by models/setup-ocr; default: $BAOKU_OCR_MODELS, else"
              + " models/ocr of this checkout).")
  Path models;

  @Option(
      names = "--ocr-threads",
      paramLabel = "N",
      defaultValue = "1",
      description = "Threads each OCR model may use (default: ${DEFAULT-VALUE}).")
  int threads;

  /** The OCR service; opens the models on first use only. */
  OcrService service() {
    return new OcrService(
        models != null ? models : defaultModels(),
        OcrSettings.standard().withThreads(Math.max(1, threads)),
        new ResourceLoader());
  }

  static ScanPageReader scanReader(OcrService ocr) {
    return new ScanPageReader(ocr, new PdfPageReader(), new PdfLoader());
  }

  static PdfFiles pdfFiles(OcrService ocr) {
    return new PdfFiles(new ScanFiles(scanReader(ocr), new PageImages()));
  }

  /** $BAOKU_OCR_MODELS, else models/ocr of the checkout the running jar was built in. */
  private static Path defaultModels() {
    String set = System.getenv("BAOKU_OCR_MODELS");
    if (set != null && !set.isBlank()) {
      return Path.of(set);
    }
    try {
      // app/target/baoku.jar → the checkout's models/ocr
      Path jar =
          Path.of(OcrOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path checkout = jar.toAbsolutePath().getParent();
      for (int up = 0; up < 3 && checkout != null; up++) {
        Path models = checkout.resolve("models").resolve("ocr");
        if (Files.isDirectory(models)) {
          return models;
        }
        checkout = checkout.getParent();
      }
    } catch (URISyntaxException | RuntimeException e) {
      // Fall back to the working directory.
    }
    return Path.of("models", "ocr");
  }
}
