package baoku.web;

import baoku.archive.ArchivedIssue;
import baoku.archive.ArchivedPage;

/** One page, with its issue for the page navigation (版面导航). */
public record PageModel(ArchivedIssue issue, ArchivedPage page) {}
