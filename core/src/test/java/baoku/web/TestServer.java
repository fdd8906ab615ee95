package baoku.web;

import baoku.archive.Archive;
import baoku.archive.IssueId;
import baoku.archive.analysis.ChineseAnalyzers;
import baoku.archive.lucene.LuceneArchive;
import baoku.page.Page;
import baoku.testing.SamplePages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The reader on a free loopback port over an archive of the sample pages and any others given. */
final class TestServer implements AutoCloseable {
  static final String PAPER = SamplePages.PAPER;

  final Archive archive;
  final ReaderServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  private TestServer(Archive archive, String adminToken) {
    this.archive = archive;
    this.server = ReaderServer.start(archive, new ReaderSettings("127.0.0.1", 0, adminToken));
  }

  static TestServer withSamples(Path dir, Page... more) {
    return withSamples(dir, null, more);
  }

  static TestServer withSamples(Path dir, String adminToken, Page... more) {
    LuceneArchive archive = LuceneArchive.openForWriting(dir, new ChineseAnalyzers());
    for (Page page : new SamplePages().both()) {
      put(archive, page);
    }
    for (Page page : more) {
      put(archive, page);
    }
    archive.commit();
    return new TestServer(archive, adminToken);
  }

  static TestServer over(Archive archive) {
    return new TestServer(archive, null);
  }

  private static void put(LuceneArchive archive, Page page) {
    archive.put(new IssueId(page.issue().paper(), page.issue().date()), List.of(page));
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  HttpResponse<String> send(String method, String path, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  /** A path segment or query value, percent-encoded. */
  static String enc(String text) {
    return baoku.web.view.Links.segment(text);
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      archive.close();
    }
  }
}
