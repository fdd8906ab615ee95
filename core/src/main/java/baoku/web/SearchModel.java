package baoku.web;

import baoku.archive.SearchResult;

/** A search as asked and as answered. */
public record SearchModel(SearchQuery query, SearchResult result) {}
