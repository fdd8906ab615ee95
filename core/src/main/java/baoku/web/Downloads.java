package baoku.web;

import baoku.archive.PageId;
import baoku.web.view.Links;
import baoku.web.view.SiteAddress;
import io.javalin.http.Context;

/** What files saved from the reader are called, and where the reader is reached from. */
final class Downloads {
  private Downloads() {}

  /**
   * A Content-Disposition that saves as 乐山日报-2024-09-16-第1版{@code rest}: the paper, date and page,
   * as a citation names them; browsers that cannot read the UTF-8 name get it in ASCII.
   */
  static String attachment(PageId page, String rest) {
    String name =
        page.issue().paper() + "-" + page.issue().date() + "-第" + page.number() + "版" + rest;
    String ascii = "page-" + page.issue().date() + "-" + page.number() + rest;
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + Links.segment(name);
  }

  /** The reader's address as this request reached it. */
  static SiteAddress site(Context ctx) {
    String host = ctx.host();
    return new SiteAddress(
        ctx.scheme() + "://" + (host == null || host.isBlank() ? "localhost" : host));
  }
}
