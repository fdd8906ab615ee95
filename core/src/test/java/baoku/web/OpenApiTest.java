package baoku.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.router.ParsedEndpoint;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document, checked structurally: it parses, is 3.x, and lists exactly the API routes
 * the server registers, each with its path parameters, responses and resolvable references.
 */
class OpenApiTest {
  static JsonNode doc;

  /** Request methods; before and after handlers are not routes, and HEAD answers as GET does. */
  static final Set<String> METHODS =
      Set.of("GET", "PUT", "POST", "DELETE", "OPTIONS", "PATCH", "QUERY");

  @BeforeAll
  static void read() throws Exception {
    try (InputStream in = OpenApiTest.class.getResourceAsStream("/baoku/web/openapi.json")) {
      doc = new ObjectMapper().readTree(in);
    }
  }

  /** METHOD path of every API route the server registers, the catch-all for unknown paths aside. */
  static Set<String> registeredApiRoutes() {
    Javalin app = ReaderServer.create(FailureTest.failing(new IllegalStateException()), null);
    Set<String> routes = new TreeSet<>();
    for (ParsedEndpoint parsed : app.unsafe.internalRouter.allHttpHandlers()) {
      String path = parsed.endpoint.path;
      String method = parsed.endpoint.method.name();
      if (METHODS.contains(method)
          && path.startsWith(ApiRoutes.PREFIX + "/")
          && !path.equals(ApiRoutes.UNKNOWN)) {
        routes.add(method + " " + path);
      }
    }
    return routes;
  }

  static Set<String> documentedRoutes() {
    Set<String> routes = new TreeSet<>();
    doc.get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method ->
                            routes.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
    return routes;
  }

  @Test
  void isAnOpenApi3Document() {
    assertThat(doc.get("openapi").asText()).matches("3\\.\\d+\\.\\d+");
    assertThat(doc.get("info").get("title").asText()).isNotBlank();
    assertThat(doc.get("info").get("version").asText()).isNotBlank();
    assertThat(doc.get("paths").isObject()).isTrue();
  }

  @Test
  void listsEveryRouteTheServerRegistersAndNoOther() {
    Set<String> registered = registeredApiRoutes();
    assertThat(registered).hasSizeGreaterThanOrEqualTo(7);
    assertThat(documentedRoutes()).isEqualTo(registered);
  }

  @Test
  void everyOperationDeclaresItsPathParametersAndResponses() {
    Pattern holes = Pattern.compile("\\{(\\w+)}");
    doc.get("paths")
        .properties()
        .forEach(
            path -> {
              List<String> inPath = new ArrayList<>();
              Matcher m = holes.matcher(path.getKey());
              while (m.find()) {
                inPath.add(m.group(1));
              }
              path.getValue()
                  .properties()
                  .forEach(
                      operation -> {
                        JsonNode op = operation.getValue();
                        List<String> declared = new ArrayList<>();
                        if (op.has("parameters")) {
                          op.get("parameters")
                              .forEach(
                                  p -> {
                                    assertThat(p.get("in").asText())
                                        .isIn("path", "query", "header");
                                    assertThat(p.has("schema")).isTrue();
                                    if (p.get("in").asText().equals("path")) {
                                      assertThat(p.get("required").asBoolean()).isTrue();
                                      declared.add(p.get("name").asText());
                                    }
                                  });
                        }
                        assertThat(declared).as(path.getKey()).isEqualTo(inPath);
                        assertThat(op.get("operationId").asText()).isNotBlank();
                        assertThat(op.get("responses").has("200")).as(path.getKey()).isTrue();
                      });
            });
  }

  @Test
  void everyReferenceResolves() {
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(ref).startsWith("#/");
      JsonNode target = doc.at(ref.substring(1));
      assertThat(target.isMissingNode()).as(ref).isFalse();
    }
  }

  @Test
  void searchParametersAreTheSameAsTheReaderTakes() {
    Set<String> documented = new TreeSet<>();
    doc.at("/paths/~1api~1v1~1search/get/parameters")
        .forEach(p -> documented.add(p.get("name").asText()));
    assertThat(documented).isEqualTo(new TreeSet<>(List.of(SearchQuery.PARAMETERS)));
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      node.properties()
          .forEach(
              field -> {
                if (field.getKey().equals("$ref")) {
                  refs.add(field.getValue().asText());
                } else {
                  collectRefs(field.getValue(), refs);
                }
              });
    } else if (node.isArray()) {
      node.forEach(child -> collectRefs(child, refs));
    }
  }
}
