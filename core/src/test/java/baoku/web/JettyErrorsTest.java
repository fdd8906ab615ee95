package baoku.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests Jetty refuses before the reader sees them get the reader's answers: its UTF-8 page, or
 * JSON under /api/, with its security headers.
 */
class JettyErrorsTest {
  @TempDir static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.withSamples(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  record Raw(int status, Map<String, String> headers, String body) {}

  /** Sends {@code request} as written, which no HTTP client would, and reads the whole answer. */
  static Raw send(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      String[] head = text.substring(0, end).split("\r\n");
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < head.length; i++) {
        int colon = head[i].indexOf(':');
        headers.put(
            head[i].substring(0, colon).toLowerCase(Locale.ROOT),
            head[i].substring(colon + 1).strip());
      }
      return new Raw(Integer.parseInt(head[0].split(" ")[1]), headers, text.substring(end + 4));
    }
  }

  static String get(String target, String... headers) {
    return "GET "
        + target
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        + String.join("", headers)
        + "\r\n";
  }

  static void assertReaderHeaders(Raw raw) {
    assertThat(raw.headers().get("content-security-policy")).contains("default-src 'none'");
    assertThat(raw.headers()).containsEntry("x-content-type-options", "nosniff");
    assertThat(raw.headers()).containsEntry("referrer-policy", "same-origin");
  }

  @Test
  void anAddressTooLongIsTheReadersPage() throws IOException {
    Raw raw = send(get("/search?q=" + "%E6%8A%A5".repeat(2_000)));
    assertThat(raw.status()).isEqualTo(414);
    assertThat(raw.headers().get("content-type")).isEqualToIgnoringCase("text/html; charset=utf-8");
    assertReaderHeaders(raw);
    assertThat(raw.body()).startsWith("<!doctype html>").contains("网址太长");
  }

  @Test
  void aMalformedAddressIsTheReadersPage() throws IOException {
    Raw raw = send(get("/%zz"));
    assertThat(raw.status()).isEqualTo(400);
    assertThat(raw.headers().get("content-type")).isEqualToIgnoringCase("text/html; charset=utf-8");
    assertReaderHeaders(raw);
    assertThat(raw.body()).startsWith("<!doctype html>").contains("请求有误");
  }

  @Test
  void headersTooLargeUnderTheApiAreJson() throws IOException {
    Raw raw = send(get("/api/v1/papers", "X-Padding: " + "x".repeat(20_000) + "\r\n"));
    assertThat(raw.status()).isEqualTo(431);
    assertThat(raw.headers().get("content-type")).startsWith("application/json");
    assertReaderHeaders(raw);
    JsonNode body = new ObjectMapper().readTree(raw.body());
    assertThat(body.get("status").asInt()).isEqualTo(431);
    assertThat(body.get("message").asText()).isEqualTo("请求头太大");
  }
}
