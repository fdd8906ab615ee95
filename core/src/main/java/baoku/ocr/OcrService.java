package baoku.ocr;

import baoku.resource.ResourceLoader;
import java.nio.file.Path;

/**
 * The OCR engine, opened on first use: reading text pages never loads the models, and a missing or
 * damaged model is reported for each scan that needed it rather than stopping everything.
 */
public final class OcrService implements AutoCloseable {
  /** What pages read by this engine record as their engine. */
  public static final String ENGINE = "PP-OCRv4 (ONNX Runtime)";

  private final Path models;
  private final OcrSettings settings;
  private final ResourceLoader resources;
  private OcrEngine engine;

  public OcrService(Path models, OcrSettings settings, ResourceLoader resources) {
    this.models = models;
    this.settings = settings;
    this.resources = resources;
  }

  /** The engine, opening it if this is its first use. */
  public synchronized OcrEngine engine() throws OcrModelException {
    if (engine == null) {
      engine = new OcrEngine(OcrModels.in(models, resources), settings);
    }
    return engine;
  }

  public OcrSettings settings() {
    return settings;
  }

  @Override
  public synchronized void close() {
    if (engine != null) {
      engine.close();
      engine = null;
    }
  }
}
