package baoku.archive.opensearch;

import baoku.archive.ArchiveException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import org.opensearch.client.opensearch._types.ErrorCause;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.transport.httpclient5.ResponseException;

/** Turns what the client throws into one line a user can act on, naming no secret. */
final class ClusterFailures {
  private static final java.util.regex.Pattern STATUS_LINE =
      java.util.regex.Pattern.compile("HTTP/[0-9.]+ (\\d{3})");

  private final ClusterAddress address;
  private final ClusterCredentials credentials;

  ClusterFailures(ClusterAddress address, ClusterCredentials credentials) {
    this.address = address;
    this.credentials = credentials;
  }

  /** Whether trying again later may succeed: the cluster is busy, restarting or failing over. */
  static boolean transientFailure(Throwable e) {
    int status = status(e);
    if (status == 429 || status == 502 || status == 503 || status == 504) {
      return true;
    }
    if (status > 0) {
      return false;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      // The client cannot read some error bodies a node sends while shards fail over
      // ("Missing required property 'ShardSearchFailure.shard'"): a failure in flight.
      if (t instanceof org.opensearch.client.util.MissingRequiredPropertyException) {
        return true;
      }
      if (t instanceof java.io.IOException && !(t instanceof SSLException)) {
        return true;
      }
    }
    return false;
  }

  static int status(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OpenSearchException os) {
        return os.status();
      }
      if (t instanceof IndexSetup.StatusException se) {
        return se.status;
      }
      if (t instanceof ResponseException && t.getMessage() != null) {
        // Its response type is not public; the message carries the status line.
        var status = STATUS_LINE.matcher(t.getMessage());
        if (status.find()) {
          return Integer.parseInt(status.group(1));
        }
      }
    }
    return 0;
  }

  ArchiveException explain(String doing, Throwable e) {
    if (e instanceof ArchiveException archive) {
      return archive;
    }
    String where = "OpenSearch at " + address.baseUrl();
    int status = status(e);
    if (status == 401) {
      return new ArchiveException(
          where + " refused the sign-in with " + credentials.describe() + " (HTTP 401)", e);
    }
    if (status == 403) {
      return new ArchiveException(
          where
              + " does not let "
              + credentials.describe()
              + " "
              + doing
              + " (HTTP 403): grant it read and write on "
              + address.name()
              + "*",
          e);
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
        // The client's message repeats the address: keep what follows it.
        String reason = oneLine(t).replaceFirst("^.*failed: ", "");
        return new ArchiveException(
            "cannot reach " + where + " (" + reason + "): is the cluster running?", e);
      }
      if (t instanceof UnknownHostException) {
        return new ArchiveException("cannot reach " + where + ": unknown host", e);
      }
      if (t instanceof SSLException) {
        return new ArchiveException(
            "cannot talk TLS to " + where + " (" + oneLine(t) + "): wrong scheme, or untrusted CA",
            e);
      }
      if (t instanceof SocketTimeoutException) {
        return new ArchiveException(where + " did not answer in time while trying to " + doing, e);
      }
    }
    String reason = e instanceof OpenSearchException os ? reason(os.error()) : oneLine(e);
    return new ArchiveException(
        "cannot "
            + doing
            + " on "
            + where
            + (status > 0 ? " (HTTP " + status + ")" : "")
            + ": "
            + reason,
        e);
  }

  static String reason(ErrorCause error) {
    if (error == null) {
      return "unknown error";
    }
    String reason = error.reason() == null ? error.type() : error.type() + ": " + error.reason();
    return reason.replace('\n', ' ');
  }

  private static String oneLine(Throwable t) {
    String message = t.getMessage();
    return (message == null ? t.getClass().getSimpleName() : message).replace('\n', ' ');
  }
}
