package baoku.archive;

/** A page as an issue lists it: its number, how many articles it holds, its lead headline. */
public record PageSummary(int number, int articleCount, String leadTitle) {}
