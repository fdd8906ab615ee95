package baoku;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The "may use" table of docs/architecture.md, held by the build: a package that reaches up the
 * data path, or sideways where the table says no, fails here.
 */
class LayeringTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importProductClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("baoku");
  }

  @Test
  void packagesUseOnlyWhatTheTableAllows() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("page")
        .definedBy("baoku.page..")
        .layer("resource")
        .definedBy("baoku.resource..")
        .layer("words")
        .definedBy("baoku.words..")
        .layer("pipeline")
        .definedBy("baoku.pipeline..")
        .layer("ocr")
        .definedBy("baoku.ocr..")
        .layer("parse")
        .definedBy("baoku.parse..")
        .layer("corpus")
        .definedBy("baoku.corpus..")
        .layer("render")
        .definedBy("baoku.render..")
        .layer("eval")
        .definedBy("baoku.eval..")
        .layer("enrich")
        .definedBy("baoku.enrich..")
        .layer("archive")
        .definedBy("baoku.archive..")
        .layer("people")
        .definedBy("baoku.people..")
        .layer("ingest")
        .definedBy("baoku.ingest..")
        .layer("web")
        .definedBy("baoku.web..")
        .whereLayer("page")
        .mayNotAccessAnyLayer()
        .whereLayer("resource")
        .mayNotAccessAnyLayer()
        .whereLayer("words")
        .mayNotAccessAnyLayer()
        .whereLayer("pipeline")
        .mayNotAccessAnyLayer()
        .whereLayer("ocr")
        .mayOnlyAccessLayers("resource")
        // parse.scan reads scans by OCR; the rest of parse uses no OCR.
        .whereLayer("parse")
        .mayOnlyAccessLayers("page", "resource", "pipeline", "ocr")
        .whereLayer("corpus")
        .mayOnlyAccessLayers("page", "parse", "resource", "pipeline")
        .whereLayer("render")
        .mayOnlyAccessLayers("page", "parse")
        .whereLayer("eval")
        .mayOnlyAccessLayers("page", "parse", "enrich", "resource", "pipeline", "words")
        .whereLayer("enrich")
        .mayOnlyAccessLayers("page", "parse", "pipeline", "resource", "words")
        .whereLayer("archive")
        .mayOnlyAccessLayers("page", "parse", "enrich", "words", "resource", "pipeline")
        .whereLayer("people")
        .mayOnlyAccessLayers("archive", "page", "resource")
        .whereLayer("ingest")
        .mayOnlyAccessLayers(
            "page", "parse", "enrich", "archive", "render", "words", "resource", "pipeline")
        .whereLayer("web")
        .mayOnlyAccessLayers("archive", "people", "page", "resource", "words")
        .check(classes);
  }

  @Test
  void packagesFormNoCycles() {
    slices().matching("baoku.(*)..").should().beFreeOfCycles().check(classes);
  }
}
