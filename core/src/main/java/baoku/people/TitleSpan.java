package baoku.people;

import java.time.LocalDate;

/** A title as printed beside a name, with the first and last issue dates it was printed. */
public record TitleSpan(String title, LocalDate first, LocalDate last) {}
