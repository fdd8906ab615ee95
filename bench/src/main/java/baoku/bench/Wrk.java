package baoku.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the server with wrk (Debian: apt-get install wrk): a fixed number of connections for a
 * fixed time, each request a random path from a list, and reads back its latency percentiles.
 */
final class Wrk {
  record Result(
      int connections,
      long requests,
      double perSecond,
      double p50,
      double p99,
      long non2xx,
      long socketErrors) {}

  private static final String SCRIPT =
      """
      -- Each request a random path from the file in $URLS.
      local paths = {}
      for line in io.lines(os.getenv("URLS")) do paths[#paths + 1] = line end
      local counter = 0
      function setup(thread) counter = counter + 1; thread:set("id", counter) end
      function init(args) math.randomseed(os.time() * 1000 + id) end
      function request() return wrk.format("GET", paths[math.random(#paths)]) end
      """;

  private final Path work;
  private final Path script;
  private final int connections;
  private final int threads;

  /** Writes the script once: runs started side by side read it at the same time. */
  Wrk(Path work, int connections, int threads) throws IOException {
    this.work = work;
    this.script = Files.writeString(work.resolve("rotate.lua"), SCRIPT, StandardCharsets.UTF_8);
    this.connections = connections;
    this.threads = threads;
  }

  Result run(String base, String name, List<String> paths, int seconds)
      throws IOException, InterruptedException {
    return start(base, name, paths, seconds, connections, threads).result();
  }

  /**
   * Starts wrk with {@code connections} connections on {@code threads} threads, and returns at
   * once: several can run side by side, each with its own latencies.
   */
  Running start(
      String base, String name, List<String> paths, int seconds, int connections, int threads)
      throws IOException {
    Path urls = work.resolve(name + ".urls");
    Files.write(urls, paths, StandardCharsets.UTF_8);
    ProcessBuilder command =
        new ProcessBuilder(
                "wrk",
                "-t" + threads,
                "-c" + connections,
                "-d" + seconds + "s",
                "--timeout",
                "10s",
                "--latency",
                "-s",
                script.toString(),
                base)
            .redirectErrorStream(true);
    command.environment().put("URLS", urls.toString());
    return new Running(command.start(), work.resolve(name + ".wrk.txt"), connections);
  }

  /** A wrk run under way. */
  record Running(Process wrk, Path report, int connections) {
    /** Waits for the run to end and reads its figures. */
    Result result() throws IOException, InterruptedException {
      String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (wrk.waitFor() != 0) {
        throw new IllegalStateException("wrk failed:\n" + out);
      }
      Files.writeString(report, out, StandardCharsets.UTF_8);
      return new Result(
          connections,
          number(out, "(\\d+) requests in"),
          Double.parseDouble(find(out, "Requests/sec:\\s+([\\d.]+)", "0")),
          millis(out, "50%"),
          millis(out, "99%"),
          number(out, "Non-2xx or 3xx responses: (\\d+)"),
          socketErrors(out));
    }
  }

  private static double millis(String out, String percentile) {
    Matcher m =
        Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([\\d.]+)(us|ms|s)").matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("no " + percentile + " latency in wrk output:\n" + out);
    }
    double value = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
      case "us" -> value / 1000;
      case "s" -> value * 1000;
      default -> value;
    };
  }

  private static long socketErrors(String out) {
    Matcher m =
        Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
            .matcher(out);
    if (!m.find()) {
      return 0;
    }
    long sum = 0;
    for (int i = 1; i <= 4; i++) {
      sum += Long.parseLong(m.group(i));
    }
    return sum;
  }

  private static long number(String out, String regex) {
    return Long.parseLong(find(out, regex, "0"));
  }

  private static String find(String out, String regex, String fallback) {
    Matcher m = Pattern.compile(regex).matcher(out);
    return m.find() ? m.group(1) : fallback;
  }
}
