package baoku.people;

import java.time.LocalDate;

/**
 * One person in the archive: the role most often given, how many articles name them, and the first
 * and last dates they were printed.
 */
public record PersonSummary(
    String name, String role, int articles, LocalDate first, LocalDate last) {}
