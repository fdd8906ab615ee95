package baoku.cli;

import baoku.enrich.Enricher;
import baoku.enrich.HanLpTagger;
import baoku.ingest.Rejection;
import baoku.ocr.OcrService;
import baoku.page.Page;
import baoku.page.PageJson;
import baoku.parse.PageHints;
import baoku.parse.PageInputException;
import baoku.parse.PageParser;
import baoku.parse.PageReader;
import baoku.parse.pdf.PdfPageReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code baoku parse FILE...}: prints each page as parsed-page JSON or as a readable outline. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = "Parse page text or PDF pages and print their structure.")
final class ParseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description =
          "Page files to parse: text, PDF (a page, or an issue of many pages), or scans (PNG,"
              + " JPEG, TIFF, PDF without text), read by OCR.")
  List<Path> files;

  @Option(names = "--paper", description = "Paper name, where the page does not print it.")
  String paper;

  @Option(
      names = "--date",
      description = "Issue date YYYY-MM-DD, where the page does not print it.")
  LocalDate date;

  @Option(names = "--page", description = "Page number, where the page does not print it.")
  Integer page;

  @Option(
      names = "--format",
      defaultValue = "json",
      description = "json (the parsed-page JSON) or text (an outline). Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Option(
      names = "--no-enrich",
      description = "Print the page as parsed, without its people, mentions and dates.")
  boolean noEnrich;

  @Mixin OcrOptions ocr;

  enum OutputFormat {
    json,
    text
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (OcrService scans = ocr.service()) {
      return parse(
          new PageReader(new PageParser(), new PdfPageReader(), OcrOptions.scanReader(scans)),
          out,
          err);
    }
  }

  private int parse(PageReader reader, PrintWriter out, PrintWriter err) {
    Enricher enricher = noEnrich ? null : new Enricher(new HanLpTagger());
    PageJson json = new PageJson();
    PageHints hints = new PageHints(paper, date, page);
    int failures = 0;
    for (Path file : files) {
      try {
        for (Page parsed : reader.read(Files.readAllBytes(file), file.toString(), hints)) {
          if (parsed.ocr() != null) {
            parsed.ocr().notes().forEach(note -> err.println("baoku parse: " + file + ": " + note));
          }
          Page shown = enricher == null ? parsed : enricher.enrich(parsed);
          out.println(format == OutputFormat.json ? json.write(shown) : Outline.of(shown));
        }
      } catch (PageInputException e) {
        refuse(err, file, e.reason());
        failures++;
      } catch (IOException e) {
        refuse(err, file, "cannot read (" + Main.oneLine(e) + ")");
        failures++;
      } catch (RuntimeException e) {
        // A parser bug must not end the run: the file is reported like any bad input, as ingest
        // reports it, and the next file is parsed.
        refuse(err, file, "cannot parse (" + Main.oneLine(e) + ")");
        failures++;
      }
    }
    return failures == 0 ? 0 : 1;
  }

  /** One line naming the file and the reason, as ingest reports a file it rejects. */
  private static void refuse(PrintWriter err, Path file, String reason) {
    err.println("baoku parse: " + new Rejection(file.toString(), reason));
  }
}
