package baoku.ocr;

import baoku.resource.ResourceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The model files OCR reads, in one folder (installed by {@code models/setup-ocr}), each checked
 * against the SHA-256 sum shipped in {@code baoku/ocr/models.sha256} before it is used: a missing
 * or damaged file is refused by name, never half-loaded.
 *
 * @param detection the DB text detector
 * @param recognition the CRNN line recogniser
 * @param angle the upside-down line classifier
 * @param characters the recogniser's character list, one a line
 * @param readAs characters the recogniser reads for others, and what was printed
 */
public record OcrModels(
    Path detection, Path recognition, Path angle, Path characters, Map<String, String> readAs) {
  public OcrModels {
    readAs = Map.copyOf(readAs);
  }

  static final String DETECTION = "ch_PP-OCRv4_det_infer.onnx";
  static final String RECOGNITION = "ch_PP-OCRv4_rec_infer.onnx";
  static final String ANGLE = "ch_ppocr_mobile_v2.0_cls_infer.onnx";
  static final String CHARACTERS = "ppocr_keys_v1.txt";

  /** The models in {@code folder}, each present and matching its shipped checksum. */
  public static OcrModels in(Path folder, ResourceLoader resources) throws OcrModelException {
    Map<String, String> sums = new LinkedHashMap<>();
    for (String line : resources.entries("ocr/models.sha256")) {
      String[] parts = line.trim().split("\\s+", 2);
      sums.put(parts[1], parts[0]);
    }
    for (Map.Entry<String, String> sum : sums.entrySet()) {
      verify(folder.resolve(sum.getKey()), sum.getValue());
    }
    Map<String, String> readAs = new LinkedHashMap<>();
    for (String line : resources.entries("ocr/read-as.txt")) {
      String[] parts = line.split("\\s+", 2);
      readAs.put(parts[0], parts[1]);
    }
    return new OcrModels(
        folder.resolve(DETECTION),
        folder.resolve(RECOGNITION),
        folder.resolve(ANGLE),
        folder.resolve(CHARACTERS),
        readAs);
  }

  private static void verify(Path file, String expected) throws OcrModelException {
    if (!Files.isRegularFile(file)) {
      throw new OcrModelException(file + ": OCR model missing (install it with models/setup-ocr)");
    }
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      String actual = HexFormat.of().formatHex(digest.digest());
      if (!actual.equals(expected)) {
        throw new OcrModelException(
            file
                + ": OCR model damaged (SHA-256 "
                + actual.substring(0, 12)
                + "…, expected "
                + expected.substring(0, 12)
                + "…; reinstall it with models/setup-ocr)");
      }
    } catch (IOException e) {
      throw new OcrModelException(file + ": OCR model unreadable (" + e.getMessage() + ")");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
