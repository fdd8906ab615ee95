package baoku.archive.opensearch;

import baoku.archive.ArchiveException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/**
 * Finds the index behind an archive's alias and checks that it is an archive of this schema, or
 * creates template, index and alias for a new archive. Nothing is written to a cluster that fails a
 * check, so a refused open leaves nothing behind.
 */
final class IndexSetup {
  /** How OpenSearch words an analyser, tokenizer or filter it does not know. */
  private static final List<java.util.regex.Pattern> MISSING_ANALYSIS =
      List.of(
          java.util.regex.Pattern.compile(
              "failed to find (?:global )?(?:tokenizer|token filter|char filter|char_filter|"
                  + "analyzer|filter)[^\\[]*\\[([^\\]]+)\\]"),
          java.util.regex.Pattern.compile(
              "Unknown (?:tokenizer|char_filter|filter|analyzer) type \\[([^\\]]+)\\]"));

  private final OpenSearchClient client;
  private final ClusterAddress address;
  private final IndexSchema schema;
  private final ObjectMapper json;
  private final ClusterFailures failures;

  IndexSetup(
      OpenSearchClient client,
      ClusterAddress address,
      IndexSchema schema,
      ObjectMapper json,
      ClusterFailures failures) {
    this.client = client;
    this.address = address;
    this.schema = schema;
    this.json = json;
    this.failures = failures;
  }

  /** Checks the cluster answers, is OpenSearch, and lets us in. */
  void checkCluster() {
    JsonNode info = call("GET", "/", null, "connect");
    String distribution = info.path("version").path("distribution").asText("");
    String number = info.path("version").path("number").asText("");
    if (!distribution.equals("opensearch") || number.compareTo("2") < 0) {
      throw new ArchiveException(
          address.baseUrl()
              + " is not OpenSearch 2 or newer (it says "
              + (distribution.isEmpty() ? "elasticsearch" : distribution)
              + " "
              + number
              + ")");
    }
  }

  /** The index behind the alias, checked; {@code null} if the archive does not exist. */
  String existingIndex() {
    JsonNode found = call("GET", "/" + address.name() + "/_mapping", null, "read the archive");
    if (found == null) {
      return null;
    }
    if (found.size() != 1) {
      throw new ArchiveException(
          "archive "
              + address
              + " points at "
              + found.size()
              + " indices; point the alias at one (a reindex half-done?)");
    }
    Map.Entry<String, JsonNode> entry = found.properties().iterator().next();
    String index = entry.getKey();
    if (index.equals(address.name())) {
      throw new ArchiveException(
          "an index named '"
              + address.name()
              + "' at "
              + address.baseUrl()
              + " is not a Baoku"
              + " archive (archives are aliases); choose another name in the URL");
    }
    JsonNode meta = entry.getValue().path("mappings").path("_meta");
    if (!meta.has("baoku_schema")) {
      throw new ArchiveException(
          "index " + index + " behind " + address + " is not a Baoku archive (no baoku_schema)");
    }
    int version = meta.get("baoku_schema").asInt();
    if (version != IndexSchema.VERSION) {
      throw new ArchiveException(
          "archive "
              + address
              + " has schema version "
              + version
              + " but this Baoku reads version "
              + IndexSchema.VERSION
              + ": reindex it (docs/scaling.md, \"Reindexing\")");
    }
    String folding = meta.path("baoku_folding").asText("");
    if (!folding.equals(schema.meta().get("baoku_folding").asText())) {
      throw new ArchiveException(
          "archive "
              + address
              + " was indexed with other Unicode folding data ("
              + folding
              + "): reindex it (docs/scaling.md, \"Reindexing\")");
    }
    return index;
  }

  /** Adds the fields of {@link IndexSchema#addedFields} to an archive made before them. */
  void addFields() {
    ObjectNode body = json.createObjectNode();
    body.set("properties", schema.addedFields());
    call("PUT", "/" + address.name() + "/_mapping", body, "add fields to the archive's mapping");
  }

  /** Creates template, first index and alias; returns the index. */
  String create() {
    int shards = address.shards() == null ? 1 : address.shards();
    int replicas = address.replicas() == null ? 1 : address.replicas();
    call(
        "PUT",
        "/_index_template/" + IndexSchema.templateName(address.name()),
        schema.template(address.name(), shards, replicas),
        "create the archive's index template");
    String index = IndexSchema.firstIndex(address.name());
    ObjectNode body = json.createObjectNode();
    body.putObject("aliases").putObject(address.name()).put("is_write_index", true);
    try {
      call("PUT", "/" + index + "?wait_for_active_shards=1", body, "create the archive's index");
    } catch (ArchiveException e) {
      if (!(e.getMessage().contains("resource_already_exists_exception"))) {
        throw e;
      }
      // Another writer created it a moment ago.
    }
    String existing = existingIndex();
    if (existing == null) {
      throw new ArchiveException("archive " + address + " was created but cannot be found");
    }
    return existing;
  }

  /** A raw call for the admin requests whose bodies are too large to type out; 404 → null. */
  private JsonNode call(String method, String path, JsonNode body, String doing) {
    var request = Requests.builder().method(method).endpoint(path);
    if (body != null) {
      request.json(body.toString());
    }
    try (Response response = client.generic().execute(request.build())) {
      int status = response.getStatus();
      JsonNode answer = read(response);
      if (status == 404 && method.equals("GET")) {
        return null;
      }
      if (status >= 300) {
        throw new ArchiveException(refusal(status, answer, doing));
      }
      return answer;
    } catch (IOException | RuntimeException e) {
      throw failures.explain(doing, e);
    }
  }

  private JsonNode read(Response response) throws IOException {
    Body body = response.getBody().orElse(null);
    if (body == null) {
      return json.createObjectNode();
    }
    try (InputStream in = body.body()) {
      byte[] bytes = in.readAllBytes();
      return bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
    }
  }

  private String refusal(int status, JsonNode answer, String doing) {
    if (status == 401 || status == 403) {
      return failures.explain(doing, new StatusException(status)).getMessage();
    }
    JsonNode error = answer.path("error");
    String type = error.path("type").asText("");
    String reason = error.path("reason").asText(answer.toString());
    // The telling reason is often deeper: in root_cause, or down the caused_by chain.
    StringBuilder all = new StringBuilder(reason);
    for (Iterator<JsonNode> it = error.path("root_cause").elements(); it.hasNext(); ) {
      all.append(" | ").append(it.next().path("reason").asText(""));
    }
    for (JsonNode cause = error.path("caused_by"); !cause.isMissingNode(); ) {
      all.append(" | ").append(cause.path("reason").asText(""));
      cause = cause.path("caused_by");
    }
    reason = all.toString();
    String missing = missingAnalysis(all.toString());
    if (missing != null) {
      return "OpenSearch at "
          + address.baseUrl()
          + " lacks "
          + missing
          + ", which the archive's analysis needs (the analysis-common module of a standard"
          + " OpenSearch install): nothing was created";
    }
    return "cannot "
        + doing
        + " on OpenSearch at "
        + address.baseUrl()
        + " (HTTP "
        + status
        + "): "
        + type
        + " "
        + reason;
  }

  /** The analysis component a refusal says is unknown, or {@code null}. */
  private static String missingAnalysis(String reason) {
    for (java.util.regex.Pattern pattern : MISSING_ANALYSIS) {
      var matcher = pattern.matcher(reason);
      if (matcher.find()) {
        return "'" + matcher.group(1) + "'";
      }
    }
    return null;
  }

  /** An HTTP status as a throwable, for {@link ClusterFailures#explain}. */
  static final class StatusException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    StatusException(int status) {
      super("HTTP " + status);
      this.status = status;
    }
  }
}
