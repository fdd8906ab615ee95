package baoku.cli;

import baoku.parse.PageInputException;
import baoku.render.PageRenderer;
import baoku.render.RenderSettings;
import baoku.render.RenderedPage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code baoku render FILE.pdf...}: writes each page as a PNG and a thumbnail, with sizes. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = "Render PDF pages as PNG images and thumbnails; print their sizes and times.")
final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "PDF files to render.")
  List<Path> files;

  @Option(names = "--out", description = "Folder for NAME-pN.png and NAME-pN-thumb.png.")
  Path out;

  @Option(names = "--dpi", defaultValue = "150", description = "Resolution. Default: 150.")
  float dpi;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RenderSettings standard = RenderSettings.standard();
    PageRenderer renderer =
        new PageRenderer(
            new baoku.parse.pdf.PdfLoader(),
            new RenderSettings(dpi, standard.thumbnailWidth(), standard.maxPixels()));
    if (out != null) {
      Files.createDirectories(out);
    }
    int failures = 0;
    int pages = 0;
    long bytes = 0;
    long started = System.nanoTime();
    for (Path file : files) {
      try {
        String name = file.getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
        for (RenderedPage page : renderer.render(Files.readAllBytes(file), file.toString())) {
          pages++;
          bytes += page.png().length;
          stdout.println(
              String.format(
                  Locale.ROOT,
                  "%s p%d: %d×%d px, %d bytes; thumbnail %d×%d px, %d bytes; %d ms",
                  name,
                  page.page(),
                  page.width(),
                  page.height(),
                  page.png().length,
                  page.thumbnailWidth(),
                  page.thumbnailHeight(),
                  page.thumbnail().length,
                  page.millis()));
          if (out != null) {
            Files.write(out.resolve(name + "-p" + page.page() + ".png"), page.png());
            Files.write(out.resolve(name + "-p" + page.page() + "-thumb.png"), page.thumbnail());
          }
        }
      } catch (PageInputException e) {
        err.println("baoku render: " + e.getMessage());
        failures++;
      } catch (IOException e) {
        err.println("baoku render: " + file + ": cannot read (" + Main.oneLine(e) + ")");
        failures++;
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    stdout.println(
        String.format(
            Locale.ROOT,
            "%d pages in %.2f s (%.2f pages/s), %d image bytes per page",
            pages,
            seconds,
            pages / Math.max(seconds, 1e-9),
            pages == 0 ? 0 : bytes / pages));
    return failures == 0 ? 0 : 1;
  }
}
