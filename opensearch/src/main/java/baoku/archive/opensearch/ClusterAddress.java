package baoku.archive.opensearch;

import baoku.archive.ArchiveException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where an archive lives on a cluster: {@code http(s)://HOST:PORT[/NAME][?shards=N&replicas=N]}.
 * NAME (default {@code baoku}) is the alias the archive is read and written through; shards and
 * replicas apply when the archive's index is created.
 */
public record ClusterAddress(
    String scheme, String host, int port, String name, Integer shards, Integer replicas) {
  public static final String DEFAULT_NAME = "baoku";

  /** OpenSearch index names: lowercase, no separators or wildcards, not starting with - _ +. */
  private static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,180}");

  public static boolean isClusterUrl(String location) {
    String lower = location.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  public static ClusterAddress parse(String location) {
    URI uri;
    try {
      uri = new URI(location);
    } catch (URISyntaxException e) {
      throw new ArchiveException("not a cluster URL (http(s)://HOST:PORT[/NAME]): " + location, e);
    }
    if (uri.getUserInfo() != null) {
      throw new ArchiveException(
          "put no credentials in the archive URL: set BAOKU_OPENSEARCH_USER and"
              + " BAOKU_OPENSEARCH_PASSWORD (or BAOKU_OPENSEARCH_API_KEY)");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new ArchiveException("not a cluster URL (http(s)://HOST:PORT[/NAME]): " + location);
    }
    int port = uri.getPort() > 0 ? uri.getPort() : 9200;
    String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+|/+$", "");
    String name = path.isEmpty() ? DEFAULT_NAME : path;
    if (!INDEX_NAME.matcher(name).matches()) {
      throw new ArchiveException(
          "not an archive name: '"
              + name
              + "' (lowercase letters, digits, - _ . after the host, as in http://HOST:9200/baoku)");
    }
    Map<String, String> options = options(uri.getRawQuery(), location);
    return new ClusterAddress(
        scheme,
        uri.getHost(),
        port,
        name,
        number(options.remove("shards"), 1, location),
        number(options.remove("replicas"), 0, location));
  }

  private static Map<String, String> options(String query, String location) {
    Map<String, String> options = new LinkedHashMap<>();
    if (query == null || query.isEmpty()) {
      return options;
    }
    for (String pair : query.split("&")) {
      String[] parts = pair.split("=", 2);
      options.put(parts[0], parts.length > 1 ? parts[1] : "");
    }
    for (String key : options.keySet()) {
      if (!key.equals("shards") && !key.equals("replicas")) {
        throw new ArchiveException(
            "unknown option '" + key + "' in " + location + " (known: shards, replicas)");
      }
    }
    return options;
  }

  private static Integer number(String text, int least, String location) {
    if (text == null) {
      return null;
    }
    try {
      int value = Integer.parseInt(text);
      if (value >= least) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ArchiveException("not a count: '" + text + "' in " + location);
  }

  /** The cluster's base URL, without the archive name. */
  public String baseUrl() {
    return scheme + "://" + host + ":" + port;
  }

  @Override
  public String toString() {
    return baseUrl() + "/" + name;
  }
}
