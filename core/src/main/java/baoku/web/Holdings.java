package baoku.web;

import java.time.LocalDate;

/**
 * How much the archive, or one paper, holds: its dates and how many issues, pages and articles;
 * {@code first} and {@code last} are {@code null} where it holds nothing.
 */
public record Holdings(
    int papers, LocalDate first, LocalDate last, long issues, long pages, long articles) {}
