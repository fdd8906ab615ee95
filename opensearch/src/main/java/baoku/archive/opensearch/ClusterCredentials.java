package baoku.archive.opensearch;

import java.util.Map;

/**
 * How to sign in to a cluster, from the environment: {@code BAOKU_OPENSEARCH_USER} and {@code
 * BAOKU_OPENSEARCH_PASSWORD} for basic authentication, or {@code BAOKU_OPENSEARCH_API_KEY} (sent as
 * {@code Authorization: ApiKey ...}). Never printed: {@link #toString} hides the secrets.
 */
public record ClusterCredentials(String user, String password, String apiKey) {
  public static final String USER = "BAOKU_OPENSEARCH_USER";
  public static final String PASSWORD = "BAOKU_OPENSEARCH_PASSWORD";
  public static final String API_KEY = "BAOKU_OPENSEARCH_API_KEY";

  public static ClusterCredentials none() {
    return new ClusterCredentials(null, null, null);
  }

  public static ClusterCredentials from(Map<String, String> environment) {
    return new ClusterCredentials(
        blankToNull(environment.get(USER)),
        blankToNull(environment.get(PASSWORD)),
        blankToNull(environment.get(API_KEY)));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  public boolean basic() {
    return user != null;
  }

  /** What a message may say about the sign-in, naming the variables but not their values. */
  public String describe() {
    if (apiKey != null) {
      return "the API key in " + API_KEY;
    }
    if (user != null) {
      return "user '" + user + "' (" + USER + " / " + PASSWORD + ")";
    }
    return "no credentials (set " + USER + " and " + PASSWORD + ", or " + API_KEY + ")";
  }

  @Override
  public String toString() {
    return "ClusterCredentials[" + describe() + "]";
  }
}
