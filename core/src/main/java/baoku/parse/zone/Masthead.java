package baoku.parse.zone;

import baoku.page.Issue;

/**
 * What a masthead (报头) or page header (版头) prints.
 *
 * @param text the masthead's lines joined by spaces
 * @param issue the issue fields it prints
 * @param page the page number it prints (第2版), or null
 */
public record Masthead(String text, Issue issue, Integer page) {}
