package baoku.archive.opensearch;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * An HTTP server on 127.0.0.1 that answers each request with the next canned response, recording
 * what it was asked: for failures a real cluster cannot be made to show on demand.
 */
final class FakeCluster implements AutoCloseable {
  record Answer(int status, String body) {}

  private final HttpServer server;
  private final Deque<Answer> answers = new ConcurrentLinkedDeque<>();
  private final List<String> requests = new ArrayList<>();

  FakeCluster() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          synchronized (requests) {
            requests.add(
                exchange.getRequestMethod() + " " + exchange.getRequestURI() + "\n" + body);
            requests.add(
                "Authorization: " + exchange.getRequestHeaders().getFirst("Authorization"));
          }
          Answer answer = answers.isEmpty() ? new Answer(500, "{}") : answers.removeFirst();
          byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
  }

  FakeCluster answer(int status, String body) {
    answers.add(new Answer(status, body));
    return this;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<String> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
