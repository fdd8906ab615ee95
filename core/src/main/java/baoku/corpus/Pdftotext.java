package baoku.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads a PDF's text back with poppler's {@code pdftotext}, as archives receive it: in reading
 * order (the default) or in the order the page draws its text ({@code -raw}).
 */
final class Pdftotext {
  private final String command;

  Pdftotext(String command) {
    this.command = command;
  }

  /** The text of {@code pdf}, written to {@code out} as UTF-8. */
  void read(Path pdf, Path out, boolean drawingOrder) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of(command, "-enc", "UTF-8"));
    if (drawingOrder) {
      args.add("-raw");
    }
    args.add(pdf.toAbsolutePath().toString());
    args.add(out.toAbsolutePath().toString());
    Process process;
    try {
      process = new ProcessBuilder(args).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IOException("pdftotext not found (Debian: apt-get install poppler-utils)", e);
    }
    byte[] said = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || !Files.exists(out)) {
      throw new IOException(
          pdf
              + ": pdftotext failed: "
              + new String(said, java.nio.charset.StandardCharsets.UTF_8).strip());
    }
  }
}
