package baoku.people;

/**
 * A title as printed, split where its post starts: {@code organisation} is what the title prints
 * before the post (empty where it prints none, as in 市长).
 */
public record Post(String organisation, String post) {}
