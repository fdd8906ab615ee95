package baoku.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import baoku.resource.ResourceLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A missing or damaged model is refused by name, in one line, before anything is loaded. */
class OcrModelsTest {
  @TempDir Path dir;

  @Test
  void aMissingModelIsNamed() {
    assertThatThrownBy(() -> OcrModels.in(dir, new ResourceLoader()))
        .isInstanceOf(OcrModelException.class)
        .hasMessageContaining(dir.toString())
        .hasMessageContaining("OCR model missing")
        .hasMessageContaining("models/setup-ocr")
        .message()
        .doesNotContain("\n");
  }

  @Test
  void aDamagedModelIsNamed() throws Exception {
    // Every file present, none matching its checksum: the first is reported as damaged.
    for (String line : new ResourceLoader().entries("ocr/models.sha256")) {
      Files.writeString(dir.resolve(line.split("\\s+", 2)[1]), "not a model");
    }
    assertThatThrownBy(() -> OcrModels.in(dir, new ResourceLoader()))
        .isInstanceOf(OcrModelException.class)
        .hasMessageContaining("OCR model damaged")
        .message()
        .doesNotContain("\n");
  }

  @Test
  void theServiceOpensNothingUntilAScanNeedsIt() {
    try (OcrService service =
        new OcrService(dir.resolve("absent"), OcrSettings.standard(), new ResourceLoader())) {
      assertThat(service.settings().threads()).isEqualTo(1);
      assertThatThrownBy(service::engine)
          .isInstanceOf(OcrModelException.class)
          .hasMessageContaining("absent");
    }
  }
}
