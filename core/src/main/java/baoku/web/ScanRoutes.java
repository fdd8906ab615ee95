package baoku.web;

import baoku.archive.PageId;
import baoku.archive.scans.PageScans;
import baoku.archive.scans.ScanFile;
import baoku.web.view.Links;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The image, thumbnail and PDF of pages that came as PDFs; 404 for pages that did not. */
final class ScanRoutes {
  private static final PageId EXAMPLE = PageId.parse("p/2000-01-01/1");

  private final PageScans scans;

  ScanRoutes(PageScans scans) {
    this.scans = scans;
  }

  /** Registered before the article route, which would take the file name for an ordinal. */
  void register(ReadRoutes routes) {
    for (ScanFile file : ScanFile.values()) {
      String suffix = Links.scan(EXAMPLE, file).substring(Links.page(EXAMPLE).length());
      routes.get("/{paper}/{date}/{page}" + suffix, ctx -> serve(ctx, file));
    }
  }

  private void serve(Context ctx, ScanFile file) throws IOException {
    PageId id = PathIds.page(ctx);
    Path path = scans.file(id, file).orElseThrow(() -> new NotInArchiveException("这一版没有版面图：" + id));
    byte[] bytes = Files.readAllBytes(path);
    ctx.contentType(file.contentType())
        .header("Cache-Control", "public, max-age=3600")
        .header("Content-Length", String.valueOf(bytes.length))
        .result(bytes);
    if (file == ScanFile.PDF) {
      ctx.header("Content-Disposition", Downloads.attachment(id, ".pdf"));
    }
  }
}
