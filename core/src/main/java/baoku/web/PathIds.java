package baoku.web;

import baoku.archive.ArticleId;
import baoku.archive.IssueId;
import baoku.archive.PageId;
import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Ids read from the path parameters {@code paper}, {@code date}, {@code page} and {@code n}. A path
 * that does not spell an id names nothing the archive could hold: 404, as for an unknown id.
 */
final class PathIds {
  private PathIds() {}

  static IssueId issue(Context ctx) {
    String paper = ctx.pathParam("paper");
    String date = ctx.pathParam("date");
    if (paper.isBlank() || paper.contains("/")) {
      throw new NotInArchiveException("没有这一页：不是报纸名称");
    }
    try {
      return new IssueId(paper, LocalDate.parse(date));
    } catch (DateTimeException e) {
      throw new NotInArchiveException("没有这一页：“" + date + "”不是日期（YYYY-MM-DD）");
    }
  }

  static PageId page(Context ctx) {
    return issue(ctx).page(number(ctx, "page"));
  }

  static ArticleId article(Context ctx) {
    return page(ctx).article(number(ctx, "n"));
  }

  private static int number(Context ctx, String name) {
    String text = ctx.pathParam(name);
    try {
      int number = Integer.parseInt(text);
      if (number < 1) {
        throw new NotInArchiveException(
            "没有这一页：" + (name.equals("page") ? "版次" : "篇次") + "须为 1 或以上");
      }
      return number;
    } catch (NumberFormatException e) {
      throw new NotInArchiveException("没有这一页：“" + text + "”不是数字");
    }
  }
}
