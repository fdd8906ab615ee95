package baoku.web;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.Archive;
import baoku.archive.ArchiveException;
import baoku.archive.PeopleNotIndexedException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Failures inside the archive: a 500 that says little, never a stack trace or a path. */
class FailureTest {
  static Archive failing(RuntimeException failure) {
    return (Archive)
        Proxy.newProxyInstance(
            Archive.class.getClassLoader(),
            new Class<?>[] {Archive.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close")) {
                return null;
              }
              throw failure;
            });
  }

  @Test
  void aBugIsA500WithoutDetails() throws Exception {
    try (TestServer server =
        TestServer.over(failing(new IllegalStateException("secret /home/ops/archive")))) {
      HttpResponse<String> api = server.get("/api/v1/papers");
      assertThat(api.statusCode()).isEqualTo(500);
      JsonNode body = new ObjectMapper().readTree(api.body());
      assertThat(body.get("status").asInt()).isEqualTo(500);
      assertThat(body.get("message").asText()).isEqualTo("内部错误");
      HttpResponse<String> page = server.get("/");
      assertThat(page.statusCode()).isEqualTo(500);
      assertThat(page.body()).contains("出错了").doesNotContain("secret").doesNotContain("at baoku");
    }
  }

  @Test
  void anArchiveFailureIsA500ThatSaysSo() throws Exception {
    try (TestServer server =
        TestServer.over(failing(new ArchiveException("cannot read /srv/index: disk")))) {
      HttpResponse<String> api = server.get("/api/v1/search?q=x");
      assertThat(api.statusCode()).isEqualTo(500);
      assertThat(api.body()).contains("档案暂时无法读取").doesNotContain("/srv");
    }
  }

  @Test
  void anArchiveWithoutItsPeopleIndexIsA503ThatSaysWhy() throws Exception {
    try (TestServer server =
        TestServer.over(failing(new PeopleNotIndexedException("/srv/old-archive")))) {
      HttpResponse<String> api = server.get("/api/v1/people/x");
      assertThat(api.statusCode()).isEqualTo(503);
      assertThat(api.body()).contains("人物索引之前").doesNotContain("/srv");
      assertThat(server.get("/people").statusCode()).isEqualTo(503);
    }
  }

  @Test
  void withoutAnAdminTokenWritesAreClosed() throws Exception {
    try (TestServer server = TestServer.over(failing(new IllegalStateException()))) {
      HttpResponse<String> response = server.send("POST", "/api/v1/admin/ingest");
      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(response.body()).contains("未设置管理令牌");
      HttpResponse<String> withGuess =
          server.send("POST", "/api/v1/admin", "Authorization", "Bearer ");
      assertThat(withGuess.statusCode()).isEqualTo(403);
    }
  }
}
