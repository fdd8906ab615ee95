package baoku.bench;

import baoku.page.Page;
import baoku.parse.PageHints;

/** A page made up for measurement: its raw text, the gold the parser should recover, its hints. */
public record GeneratedPage(String name, String text, Page gold, PageHints hints) {}
