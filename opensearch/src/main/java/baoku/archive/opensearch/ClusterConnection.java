package baoku.archive.opensearch;

import baoku.archive.ArchiveException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/** One HTTP connection pool to a cluster, signed in with the given credentials. */
public final class ClusterConnection implements AutoCloseable {
  private static final Timeout CONNECT = Timeout.ofSeconds(5);

  /** Long enough for a refresh or a large bulk on a busy cluster. */
  private static final Timeout RESPONSE = Timeout.ofSeconds(120);

  private final ClusterAddress address;
  private final ClusterCredentials credentials;
  private final OpenSearchTransport transport;
  private final OpenSearchClient client;

  public ClusterConnection(ClusterAddress address, ClusterCredentials credentials) {
    this.address = address;
    this.credentials = credentials;
    HttpHost host = new HttpHost(address.scheme(), address.host(), address.port());
    ApacheHttpClient5TransportBuilder builder =
        ApacheHttpClient5TransportBuilder.builder(host)
            .setMapper(new JacksonJsonpMapper())
            .setRequestConfigCallback(
                config -> config.setConnectionRequestTimeout(CONNECT).setResponseTimeout(RESPONSE))
            .setConnectionConfigCallback(config -> config.setConnectTimeout(CONNECT))
            .setHttpClientConfigCallback(
                http -> {
                  if (credentials.basic()) {
                    BasicCredentialsProvider provider = new BasicCredentialsProvider();
                    provider.setCredentials(
                        new AuthScope(host),
                        new UsernamePasswordCredentials(
                            credentials.user(),
                            credentials.password() == null
                                ? new char[0]
                                : credentials.password().toCharArray()));
                    http.setDefaultCredentialsProvider(provider);
                  }
                  PoolingAsyncClientConnectionManagerBuilder pool =
                      PoolingAsyncClientConnectionManagerBuilder.create()
                          .setMaxConnTotal(32)
                          .setMaxConnPerRoute(32);
                  if (address.scheme().equals("https")) {
                    pool.setTlsStrategy(
                        ClientTlsStrategyBuilder.create().setSslContext(defaultTls()).build());
                  }
                  return http.setConnectionManager(pool.build());
                });
    if (credentials.apiKey() != null) {
      builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", apiKeyHeader())});
    }
    this.transport = builder.build();
    this.client = new OpenSearchClient(transport);
  }

  /** Keys come as the cluster hands them out: either already encoded, or as id:key. */
  private String apiKeyHeader() {
    String key = credentials.apiKey();
    String encoded =
        key.contains(":")
            ? Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8))
            : key;
    return "ApiKey " + encoded;
  }

  /** The JVM's trust store: add a private CA with -Djavax.net.ssl.trustStore (BAOKU_JAVA_OPTS). */
  private static SSLContext defaultTls() {
    try {
      return SSLContext.getDefault();
    } catch (NoSuchAlgorithmException e) {
      throw new ArchiveException("no TLS support in this Java: " + e.getMessage(), e);
    }
  }

  public OpenSearchClient client() {
    return client;
  }

  public ClusterAddress address() {
    return address;
  }

  public ClusterCredentials credentials() {
    return credentials;
  }

  @Override
  public void close() {
    try {
      transport.close();
    } catch (IOException e) {
      // Closing a connection pool that failed already: nothing more to do.
    }
  }
}
