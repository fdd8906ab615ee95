package baoku.archive.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives cluster tests one two-node {@link LocalCluster}, started on first use and stopped after the
 * last test class of the run: starting nodes is the slow part of these tests.
 */
public final class SharedCluster implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedCluster.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == LocalCluster.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            "cluster", key -> LocalCluster.start(LocalCluster.Options.of(2)), LocalCluster.class);
  }

  /** Sends one raw request to the cluster, for setting up and tearing down what tests need. */
  public static HttpResponse<String> call(String url, String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Removes the indices and templates of every archive whose name starts with {@code prefix}. */
  public static void deleteArchives(LocalCluster cluster, String prefix) {
    call(cluster.url(), "DELETE", "/" + prefix + "*?expand_wildcards=all", null);
    call(cluster.url(), "DELETE", "/_index_template/baoku-" + prefix + "*", null);
  }
}
