package baoku.web.view;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One article's citation in the styles and files researchers use: GB/T 7714-2015 (the Chinese
 * standard, newspaper [N]), Chicago (notes and bibliography), BibTeX, RIS and CSL-JSON.
 */
public final class CitationFormats {
  /** GB/T 7714-2015 names three authors, then 等. */
  private static final int GBT_AUTHORS = 3;

  private CitationFormats() {}

  /** 付小惠. 题名[N]. 乐山日报, 2024-09-16(1). */
  public static String gbt7714(Citation c) {
    StringBuilder out = new StringBuilder();
    if (!c.authors().isEmpty()) {
      List<String> named = c.authors().subList(0, Math.min(GBT_AUTHORS, c.authors().size()));
      out.append(String.join(", ", named));
      if (c.authors().size() > GBT_AUTHORS) {
        out.append(", 等");
      }
      out.append(". ");
    }
    return out.append(c.title())
        .append("[N]. ")
        .append(c.paper())
        .append(", ")
        .append(c.date())
        .append('(')
        .append(c.page())
        .append(").")
        .toString();
  }

  /** 付小惠. “题名.” 乐山日报, September 16, 2024. URL. */
  public static String chicago(Citation c) {
    StringBuilder out = new StringBuilder();
    if (!c.authors().isEmpty()) {
      out.append(chicagoNames(c.authors())).append(". ");
    }
    return out.append('“')
        .append(c.title())
        .append(".” ")
        .append(c.paper())
        .append(", ")
        .append(c.date().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
        .append(' ')
        .append(c.date().getDayOfMonth())
        .append(", ")
        .append(c.date().getYear())
        .append(". ")
        .append(c.readableUrl())
        .append('.')
        .toString();
  }

  private static String chicagoNames(List<String> names) {
    if (names.size() == 1) {
      return names.getFirst();
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.getLast();
  }

  /** A BibTeX entry, also read by biblatex (date, journaltitle). */
  public static String bibtex(Citation c) {
    List<String> fields = new ArrayList<>();
    if (!c.authors().isEmpty()) {
      List<String> braced = c.authors().stream().map(a -> "{" + bib(a) + "}").toList();
      fields.add(bibField("author", String.join(" and ", braced)));
    }
    fields.add(bibField("title", "{" + bib(c.title()) + "}"));
    fields.add(bibField("journal", bib(c.paper())));
    fields.add(bibField("journaltitle", bib(c.paper())));
    fields.add(bibField("date", c.date().toString()));
    fields.add(bibField("year", String.valueOf(c.date().getYear())));
    fields.add(bibField("month", String.valueOf(c.date().getMonthValue())));
    fields.add(bibField("pages", String.valueOf(c.page())));
    fields.add(bibField("url", c.url()));
    fields.add(bibField("langid", "chinese"));
    return "@article{" + key(c) + ",\n" + String.join(",\n", fields) + "\n}\n";
  }

  private static String bibField(String name, String value) {
    return "  " + name + " = {" + value + "}";
  }

  /** Escapes what BibTeX reads as commands or groups. */
  private static String bib(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '\\' -> out.append("\\textbackslash{}");
        case '{', '}', '%', '&', '#', '$', '_' -> out.append('\\').append(ch);
        default -> out.append(ch);
      }
    }
    return out.toString();
  }

  /** A key unique in the archive: paper, date, page, article. */
  static String key(Citation c) {
    return c.paper().replaceAll("[\\s,{}%#\\\\\"'=()]", "")
        + ":"
        + c.date()
        + ":"
        + c.page()
        + ":"
        + c.id().ordinal();
  }

  /** A RIS record (type NEWS), lines ended by CR LF as the format asks. */
  public static String ris(Citation c) {
    StringBuilder out = new StringBuilder();
    ris(out, "TY", "NEWS");
    ris(out, "TI", c.title());
    c.authors().forEach(author -> ris(out, "AU", author));
    ris(out, "T2", c.paper());
    ris(out, "PY", String.valueOf(c.date().getYear()));
    ris(out, "DA", c.date().toString().replace('-', '/'));
    ris(out, "SP", String.valueOf(c.page()));
    ris(out, "UR", c.url());
    ris(out, "LA", "zh");
    if (c.pdfUrl() != null) {
      ris(out, "L1", c.pdfUrl());
    }
    return out.append("ER  - \r\n").toString();
  }

  private static void ris(StringBuilder out, String tag, String value) {
    out.append(tag).append("  - ").append(value.replaceAll("[\\r\\n]+", " ")).append("\r\n");
  }

  /** A CSL-JSON item (type article-newspaper), as Zotero and citeproc read it. */
  public static Map<String, Object> csl(Citation c) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", key(c));
    item.put("type", "article-newspaper");
    item.put("title", c.title());
    if (!c.authors().isEmpty()) {
      item.put("author", c.authors().stream().map(a -> Map.of("literal", a)).toList());
    }
    item.put("container-title", c.paper());
    item.put(
        "issued",
        Map.of(
            "date-parts",
            List.of(
                List.of(c.date().getYear(), c.date().getMonthValue(), c.date().getDayOfMonth()))));
    item.put("page", String.valueOf(c.page()));
    item.put("URL", c.url());
    item.put("language", "zh-CN");
    return item;
  }
}
