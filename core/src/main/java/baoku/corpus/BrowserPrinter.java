package baoku.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Prints an HTML file to PDF with headless Chromium, the layout engine that sets the typeset pages.
 * The browser is found as {@code chromium}, {@code chromium-browser} or {@code google-chrome} on
 * the path, or named by {@code BAOKU_CHROMIUM}.
 */
final class BrowserPrinter {
  private static final List<String> NAMES =
      List.of("chromium", "chromium-browser", "google-chrome");
  private final Path browser;

  BrowserPrinter(Path browser) {
    this.browser = browser;
  }

  /** The browser on this machine, or an exception saying none was found. */
  static BrowserPrinter find(String named, String path) throws IOException {
    if (named != null && !named.isBlank()) {
      return new BrowserPrinter(Path.of(named));
    }
    for (String dir : path == null ? new String[0] : path.split(java.io.File.pathSeparator)) {
      for (String name : NAMES) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return new BrowserPrinter(candidate);
        }
      }
    }
    throw new IOException("no Chromium found (chromium on the path, or BAOKU_CHROMIUM)");
  }

  /** Prints {@code html} to {@code pdf}, using {@code profile} as the browser's own folder. */
  void print(Path html, Path pdf, Path profile) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(browser.toString());
    command.add("--headless");
    // A container runs as root, where Chromium's sandbox cannot start.
    command.add("--no-sandbox");
    command.add("--disable-gpu");
    command.add("--no-pdf-header-footer");
    command.add("--user-data-dir=" + profile.toAbsolutePath());
    command.add("--print-to-pdf=" + pdf.toAbsolutePath());
    command.add(html.toAbsolutePath().toUri().toString());
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException(html + ": Chromium did not print within 120 s");
    }
    if (process.exitValue() != 0 || !Files.exists(pdf)) {
      throw new IOException(html + ": Chromium failed to print (exit " + process.exitValue() + ")");
    }
  }
}
