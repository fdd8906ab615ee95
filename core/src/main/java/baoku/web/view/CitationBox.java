package baoku.web.view;

import static baoku.web.view.Html.html;

import baoku.web.view.Html.Markup;

/**
 * An article's citation on its page: the Highwire {@code citation_*} meta tags that Zotero and
 * Google Scholar read, and the 引用 box with two styles and the files to download.
 */
final class CitationBox {
  private CitationBox() {}

  static Markup metaTags(Citation c) {
    String date = c.date().toString().replace('-', '/');
    return html(
        """
        <meta name="citation_title" content="{}">
        {}<meta name="citation_journal_title" content="{}">
        <meta name="citation_publisher" content="{}">
        <meta name="citation_publication_date" content="{}">
        <meta name="citation_date" content="{}">
        <meta name="citation_firstpage" content="{}">
        <meta name="citation_language" content="zh">
        <meta name="citation_public_url" content="{}">
        {}""",
        c.title(),
        c.authors().stream().map(a -> html("<meta name=\"citation_author\" content=\"{}\">\n", a)),
        c.paper(),
        c.paper(),
        date,
        date,
        c.page(),
        c.url(),
        c.pdfUrl() == null
            ? null
            : html("<meta name=\"citation_pdf_url\" content=\"{}\">\n", c.pdfUrl()));
  }

  static Markup of(Citation c) {
    String base = Links.article(c.id());
    return html(
        """
        <section class="cite" aria-labelledby="cite-heading">
        <h2 id="cite-heading">引用</h2>
        <dl>
        <dt>GB/T 7714—2015</dt><dd class="cite-gbt">{}</dd>
        <dt>Chicago</dt><dd class="cite-chicago">{}</dd>
        </dl>
        <p class="cite-files">下载：<a href="{}" download>BibTeX</a> · <a href="{}" download>RIS</a> · \
        <a href="{}" download>CSL-JSON</a> · <a href="{}" download>纯文本</a></p>
        </section>
        """,
        CitationFormats.gbt7714(c),
        CitationFormats.chicago(c),
        base + "/cite.bib",
        base + "/cite.ris",
        base + "/cite.json",
        base + "/text.txt");
  }
}
