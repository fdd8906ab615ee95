package baoku.people;

import java.time.LocalDate;

/** Someone printed with a title (as printed, with its scope) from {@code first} to {@code last}. */
public record Officeholder(String title, String name, LocalDate first, LocalDate last) {}
