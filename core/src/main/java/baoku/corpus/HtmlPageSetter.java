package baoku.corpus;

import baoku.corpus.PageMakeup.Block;
import baoku.corpus.PageMakeup.HeadlinePlace;
import baoku.corpus.PageMakeup.PhotoPlace;
import baoku.parse.label.LineRole;
import java.util.List;
import java.util.Locale;

/**
 * Sets a made-up page as HTML and CSS for a browser to print to PDF: the masthead or running head,
 * the blocks of the {@link PageMakeup} in rows, text in CSS columns, and the editors' line at the
 * foot. Text is justified as papers set it, each paragraph indented two ems; photos are grey boxes
 * with their captions and credits beneath.
 */
final class HtmlPageSetter {

  /** One page's style and body, to be printed on a sheet of its own. */
  record Sheet(String css, String body) {}

  /** The pages as one HTML document, each on a sheet of its own size. */
  String document(List<Sheet> sheets) {
    StringBuilder out = new StringBuilder(65_536);
    out.append("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><style>")
        .append("body{margin:0;font-family:'WenQuanYi Zen Hei',sans-serif;color:#111}");
    sheets.forEach(sheet -> out.append(sheet.css()));
    out.append("</style></head><body>");
    sheets.forEach(sheet -> out.append(sheet.body()));
    return out.append("</body></html>").toString();
  }

  /**
   * One page, its style scoped to the element {@code id}.
   *
   * @param head masthead lines (front page) or the running head
   * @param notice lines of a boxed notice, or none
   * @param editors the editors' line, or {@code null}
   * @param heightMm the sheet's height; a page too long for it spills onto a second sheet
   */
  Sheet sheet(
      String id,
      PageMakeup makeup,
      boolean front,
      List<String> head,
      List<String> notice,
      String editors,
      double heightMm) {
    StringBuilder out = new StringBuilder(16_384);
    out.append("<div id=\"").append(id).append("\" class=\"page\">");
    if (front) {
      masthead(out, head);
    } else if (!head.isEmpty()) {
      out.append("<div class=\"running\">");
      for (String part : head.get(0).split("[　 ]+")) {
        out.append("<span>").append(escape(part)).append("</span>");
      }
      out.append("</div>");
    }
    out.append("<div class=\"body\">");
    if (makeup.sidebarFirst()) {
      sidebar(out, makeup);
    }
    out.append("<div class=\"main\">");
    for (List<Block> row : makeup.rows()) {
      out.append("<div class=\"row\">");
      for (Block block : row) {
        block(out, makeup, block);
      }
      out.append("</div>");
    }
    if (!notice.isEmpty()) {
      out.append("<div class=\"notice\">");
      for (String line : notice) {
        out.append("<div>").append(escape(line)).append("</div>");
      }
      out.append("</div>");
    }
    out.append("</div>");
    if (!makeup.sidebarFirst()) {
      sidebar(out, makeup);
    }
    out.append("</div>");
    if (editors != null) {
      out.append("<div class=\"editors\">").append(escape(editors)).append("</div>");
    }
    out.append("</div>");
    return new Sheet(css(id, makeup, heightMm), out.toString());
  }

  private static String css(String id, PageMakeup m, double heightMm) {
    String css =
        String.format(
            Locale.ROOT,
            "@page ID{size:%.1fmm %.1fmm;margin:0}"
                + "#ID{page:ID;width:%.1fmm;padding:10mm;box-sizing:border-box}"
                + ".mast{display:flex;justify-content:space-between;align-items:flex-end;"
                + "border-bottom:1.2mm double #b00;padding-bottom:2mm;margin-bottom:3mm}"
                + ".mast .name{font-size:48pt;font-weight:bold;color:#b00}"
                + ".mast .facts{font-size:8pt;line-height:1.4}"
                + ".running{display:flex;justify-content:space-between;font-size:9pt;"
                + "border-bottom:0.4mm solid #000;margin-bottom:3mm}"
                + ".body{display:flex;gap:%.1fmm;align-items:flex-start}"
                + ".main{flex:1}.side{width:%.1fmm;flex:none}"
                + ".row{display:flex;gap:%.1fmm;align-items:flex-start;border-top:0.3mm solid #000;"
                + "padding-top:2mm;margin-bottom:4mm}"
                + ".blk{display:flex;flex-direction:column;flex:none}"
                + ".blk.after{flex-direction:column-reverse}.blk.beside{flex-direction:row;gap:%.1fmm}"
                + ".blk.beside-after{flex-direction:row-reverse;gap:%.1fmm}"
                + ".hl{margin-bottom:2mm}.beside .hl,.beside-after .hl{width:%.1fmm;flex:none}"
                + ".col{display:inline-block;background:#b00;color:#fff;font-size:9pt;padding:0 1mm}"
                + ".k,.s{font-size:11pt;margin:1mm 0}.t{font-weight:bold;line-height:1.25;margin:1mm 0}"
                + ".by{font-size:9pt;margin:1mm 0}"
                + ".txt{text-align:justify;font-size:%.1fpt;line-height:%.2f;column-gap:%.1fmm}"
                + ".txt p{margin:0;text-indent:2em}.txt p.sub{text-indent:0;font-weight:bold;"
                + "text-align:center;margin:1mm 0}.txt p.jump{text-indent:0;text-align:right}"
                + ".fig{break-inside:avoid;margin:1mm 0 2mm}.ph{background:#bbb}"
                + ".cap{font-size:8pt;line-height:1.35;text-align:justify}"
                + ".notice{border:0.4mm solid #000;padding:2mm;font-size:10pt;text-align:center}"
                + ".editors{font-size:8pt;text-align:right;border-top:0.3mm solid #000;"
                + "margin-top:2mm}",
            m.widthMm(),
            heightMm,
            m.widthMm(),
            m.gutterMm(),
            m.spanMm(1),
            m.gutterMm(),
            m.gutterMm(),
            m.gutterMm(),
            m.spanMm(1),
            m.bodyPt(),
            m.leading(),
            m.gutterMm());
    // Every rule but the sheet's own is scoped to the sheet, so pages set differently share a file.
    return css.replace("}.", "}#ID .").replace(",.", ",#ID .").replace("ID", id);
  }

  private static void masthead(StringBuilder out, List<String> lines) {
    out.append("<div class=\"mast\"><div>");
    int facts = 0;
    if (!lines.isEmpty() && lines.get(0).equals(PageFurniture.PAPER)) {
      out.append("<div class=\"name\">").append(escape(lines.get(0))).append("</div>");
      facts = 1;
    }
    out.append("</div><div class=\"facts\">");
    for (String line : lines.subList(facts, lines.size())) {
      out.append("<div>").append(escape(line)).append("</div>");
    }
    out.append("</div></div>");
  }

  private void sidebar(StringBuilder out, PageMakeup makeup) {
    if (makeup.sidebar().isEmpty()) {
      return;
    }
    out.append("<div class=\"side\">");
    for (Block block : makeup.sidebar()) {
      out.append("<div class=\"row\">");
      block(out, makeup, block);
      out.append("</div>");
    }
    out.append("</div>");
  }

  private static void block(StringBuilder out, PageMakeup m, Block block) {
    SetArticle a = block.article();
    String place =
        switch (block.headline()) {
          case ABOVE -> "";
          case ABOVE_DRAWN_AFTER -> " after";
          case BESIDE -> " beside";
          case BESIDE_DRAWN_AFTER -> " beside-after";
        };
    out.append(
        String.format(
            Locale.ROOT,
            "<div class=\"blk%s\" style=\"width:%.1fmm\">",
            place,
            m.spanMm(block.span())));
    boolean headlineFirst =
        block.headline() == HeadlinePlace.ABOVE || block.headline() == HeadlinePlace.BESIDE;
    if (headlineFirst) {
      headline(out, block);
    }
    boolean beside = block.headline().beside();
    int columns = beside ? Math.max(1, block.textColumns() - 1) : block.textColumns();
    out.append("<div class=\"text\" style=\"flex:1\">");
    if (a.caption() != null && block.photo() == PhotoPlace.HEAD) {
      figure(out, a, block.photoMm());
    }
    out.append(String.format(Locale.ROOT, "<div class=\"txt\" style=\"columns:%d\">", columns));
    List<String> paragraphs = a.paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (a.caption() != null && block.photo() == PhotoPlace.INSIDE && i == block.photoAt()) {
        figure(out, a, block.photoMm() * 0.6);
      }
      String text = paragraphs.get(i);
      if (i == paragraphs.size() - 1 && a.jump() != null && a.jumpInline()) {
        text += a.jump();
      }
      out.append(a.subheads().get(i) ? "<p class=\"sub\">" : "<p>")
          .append(escape(text))
          .append("</p>");
    }
    if (a.jump() != null && !a.jumpInline()) {
      out.append("<p class=\"jump\">").append(escape(a.jump())).append("</p>");
    }
    if (a.caption() != null
        && block.photo() == PhotoPlace.INSIDE
        && block.photoAt() >= paragraphs.size()) {
      figure(out, a, block.photoMm() * 0.6);
    }
    out.append("</div>");
    if (a.caption() != null && block.photo() == PhotoPlace.FOOT) {
      figure(out, a, block.photoMm());
    }
    out.append("</div>");
    if (!headlineFirst) {
      headline(out, block);
    }
    out.append("</div>");
  }

  private static void headline(StringBuilder out, Block block) {
    SetArticle a = block.article();
    if (a.headline().isEmpty() && a.byline() == null) {
      return;
    }
    out.append("<div class=\"hl\">");
    for (PrintedLine line : a.headline()) {
      String text = escape(line.text());
      if (line.role() == LineRole.TITLE) {
        out.append(
            String.format(
                Locale.ROOT,
                "<div class=\"t\" style=\"font-size:%.0fpt\">%s</div>",
                block.titlePt(),
                text));
      } else if (line.role() == LineRole.COLUMN) {
        out.append("<div><span class=\"col\">").append(text).append("</span></div>");
      } else {
        String cls = line.role() == LineRole.KICKER ? "k" : "s";
        out.append("<div class=\"").append(cls).append("\">").append(text).append("</div>");
      }
    }
    if (a.byline() != null) {
      out.append("<div class=\"by\">").append(escape(a.byline())).append("</div>");
    }
    out.append("</div>");
  }

  private static void figure(StringBuilder out, SetArticle a, double heightMm) {
    out.append(
        String.format(
            Locale.ROOT,
            "<div class=\"fig\"><div class=\"ph\" style=\"height:%.0fmm\"></div>",
            heightMm));
    out.append("<div class=\"cap\">").append(escape(a.caption())).append("</div>");
    if (a.credit() != null) {
      out.append("<div class=\"cap\" style=\"text-align:right\">")
          .append(escape(a.credit()))
          .append("</div>");
    }
    out.append("</div>");
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
