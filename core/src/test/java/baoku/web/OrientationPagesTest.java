package baoku.web;

import static baoku.web.TestServer.PAPER;
import static baoku.web.TestServer.enc;
import static org.assertj.core.api.Assertions.assertThat;

import baoku.archive.ArchiveStats;
import baoku.archive.ArchivedIssue;
import baoku.archive.IssueId;
import baoku.archive.IssueSummary;
import baoku.archive.PageSummary;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The home page's holdings, a paper's page with its run and gaps, and the navigation. */
class OrientationPagesTest {
  @TempDir static Path dir;
  static TestServer server;
  static final String P = enc(PAPER);

  @BeforeAll
  static void start() {
    server = TestServer.withSamples(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String body(String path, int status) {
    HttpResponse<String> response = server.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(status);
    return response.body();
  }

  static long count(String html, String name) {
    Matcher m = Pattern.compile("data-count=\"" + name + "\">(\\d+)<").matcher(html);
    assertThat(m.find()).as(name).isTrue();
    return Long.parseLong(m.group(1));
  }

  @Test
  void theHomePageSaysWhatTheArchiveHolds() {
    ArchiveStats stats = server.archive.stats();
    String home = body("/", 200);
    assertThat(count(home, "papers")).isEqualTo(stats.papers().size());
    assertThat(count(home, "issues")).isEqualTo(stats.issues());
    assertThat(count(home, "pages")).isEqualTo(stats.pages());
    assertThat(count(home, "articles")).isEqualTo(stats.articles());
    assertThat(home).contains("中文报纸数字档案");
  }

  @Test
  void everyPageLinksToThePeople() {
    for (String path : List.of("/", "/" + P, "/" + P + "/2024-09-16", "/search?q=" + enc("乐山"))) {
      assertThat(body(path, 200))
          .as(path)
          .contains(
              "<nav class=\"site-nav\" aria-label=\"栏目\"><a href=\"/\">报纸</a><a href=\"/people\">人物</a>");
    }
  }

  @Test
  void aPaperPageShowsItsPublisherAndRun() {
    List<IssueSummary> issues = server.archive.issues(PAPER, null, null);
    ArchivedIssue latest = server.archive.issue(issues.getLast().id()).orElseThrow();
    String paper = body("/" + P, 200);
    assertThat(paper).contains("<h1>" + PAPER + "</h1>");
    if (latest.issue().publisher() != null) {
      assertThat(paper).contains("<li>" + latest.issue().publisher() + "</li>");
    }
    assertThat(count(paper, "issues")).isEqualTo(issues.size());
    assertThat(count(paper, "articles"))
        .isEqualTo(issues.stream().mapToInt(IssueSummary::articleCount).sum());
    assertThat(paper).contains("href=\"/search?paper=" + enc(PAPER).replace("%20", "+") + "\"");
    assertThat(body("/" + enc("无此报"), 404)).contains("档案中没有报纸无此报");
  }

  @Test
  void aPaperPageCountsTheIssuesItsRunLacks() {
    List<IssueSummary> issues = server.archive.issues(PAPER, null, null);
    Set<LocalDate> held = issues.stream().map(i -> i.id().date()).collect(Collectors.toSet());
    EnumSet<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
    held.forEach(d -> weekdays.add(d.getDayOfWeek()));
    long expected =
        issues
            .getFirst()
            .id()
            .date()
            .datesUntil(issues.getLast().id().date().plusDays(1))
            .filter(d -> weekdays.contains(d.getDayOfWeek()) && !held.contains(d))
            .count();
    String paper = body("/" + P, 200);
    assertThat(count(paper, "missing-issues")).isEqualTo(expected).isPositive();
    LocalDate firstMissing =
        issues
            .getFirst()
            .id()
            .date()
            .datesUntil(issues.getLast().id().date())
            .filter(d -> weekdays.contains(d.getDayOfWeek()) && !held.contains(d))
            .findFirst()
            .orElseThrow();
    String month = body("/" + P + "?month=" + firstMissing.toString().substring(0, 7), 200);
    assertThat(month)
        .contains("<td class=\"missing\" title=\"缺期\" data-missing=\"" + firstMissing + "\">");
  }

  @Test
  void aPaperPageListsTheIssuesLackingPages() {
    String paper = body("/" + P, 200);
    for (IssueSummary summary : server.archive.issues(PAPER, null, null)) {
      ArchivedIssue issue = server.archive.issue(summary.id()).orElseThrow();
      Integer printed = issue.issue().pageCount();
      List<Integer> held = issue.pages().stream().map(PageSummary::number).toList();
      if (printed != null && printed > held.size()) {
        assertThat(paper).contains("<li data-issue=\"" + summary.id().date() + "\">");
      } else {
        assertThat(paper).doesNotContain("<li data-issue=\"" + summary.id().date() + "\">");
      }
    }
    assertThat(count(paper, "issues-missing-pages")).isPositive();
  }

  static IssueId issue(String date) {
    return new IssueId(PAPER, LocalDate.parse(date));
  }
}
