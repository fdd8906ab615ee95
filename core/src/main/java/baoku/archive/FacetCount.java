package baoku.archive;

/** How many matching articles have one value of a facet. */
public record FacetCount(String value, long count) {}
