package baoku.archive;

import java.time.LocalDate;

/** A name printed with a title (as printed), from {@code first} to {@code last}. */
public record TitleHolding(String title, String name, LocalDate first, LocalDate last) {}
