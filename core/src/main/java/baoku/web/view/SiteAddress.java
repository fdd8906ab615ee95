package baoku.web.view;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Where readers reach the archive ({@code http://host:port}), for the absolute addresses a citation
 * needs: one percent-encoded for machines, one readable for people (乐山日报 rather than %E4%B9%90…).
 *
 * @param base scheme, host and port, without a trailing slash
 */
public record SiteAddress(String base) {
  public SiteAddress {
    base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** The address of the reader's {@code path} (as {@link Links} writes it), percent-encoded. */
  public String absolute(String path) {
    return base + path;
  }

  /** The same address as a person reads it: the path's encoded characters decoded. */
  public String readable(String path) {
    return base + URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
