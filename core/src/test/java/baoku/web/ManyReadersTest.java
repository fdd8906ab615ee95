package baoku.web;

import static baoku.web.TestServer.enc;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers at once outnumber the server's few threads many times over: each request waits its turn
 * and is answered in full, none refused, dropped or mixed up with another.
 */
class ManyReadersTest {
  static final int READERS = 40;
  static final int ROUNDS = 5;

  @TempDir Path dir;

  @Test
  void everyReaderIsAnsweredWhenManyAskAtOnce() throws Exception {
    List<String> paths =
        List.of(
            "/",
            "/search?q=" + enc("颗粒硅"),
            "/api/v1/search?q=" + enc("马波"),
            "/api/v1/papers",
            "/static/reader.css");
    List<String> answers = new ArrayList<>();
    try (TestServer server = TestServer.withSamples(dir)) {
      ExecutorService readers = Executors.newFixedThreadPool(READERS);
      try {
        List<Future<List<String>>> asked = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
          asked.add(
              readers.submit(
                  () -> {
                    List<String> got = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                      for (String path : paths) {
                        HttpResponse<String> response = server.get(path);
                        got.add(response.statusCode() + " " + path + " " + response.body());
                      }
                    }
                    return got;
                  }));
        }
        for (Future<List<String>> each : asked) {
          answers.addAll(each.get());
        }
      } finally {
        readers.shutdownNow();
      }
    }
    assertThat(answers)
        .hasSize(READERS * ROUNDS * paths.size())
        .allMatch(a -> a.startsWith("200 "));
    assertThat(answers)
        .filteredOn(a -> a.startsWith("200 /search?q="))
        .hasSize(READERS * ROUNDS)
        .allMatch(a -> a.contains("<mark>颗粒硅</mark>"));
    assertThat(answers)
        .filteredOn(a -> a.startsWith("200 /api/v1/search?q="))
        .hasSize(READERS * ROUNDS)
        .allMatch(a -> a.contains("\"total_hits\":3"));
  }
}
