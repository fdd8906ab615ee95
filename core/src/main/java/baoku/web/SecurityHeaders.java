package baoku.web;

import java.util.Map;

/** The headers every answer of the reader carries, its own and Jetty's refusals alike. */
final class SecurityHeaders {
  /** No script runs and nothing loads from elsewhere: archive text cannot become code. */
  private static final String CONTENT_POLICY =
      "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none';"
          + " frame-ancestors 'none'";

  static final Map<String, String> ALL =
      Map.of(
          "Content-Security-Policy", CONTENT_POLICY,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "same-origin");

  private SecurityHeaders() {}
}
