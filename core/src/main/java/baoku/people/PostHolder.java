package baoku.people;

import java.time.LocalDate;

/** Someone printed with a post of one organisation, with the title as printed, first to last. */
public record PostHolder(String post, String title, String name, LocalDate first, LocalDate last) {}
