package baoku.eval;

import baoku.page.EntityType;

/** An entity by its type and character span: what exact-match scoring compares. */
public record EntitySpan(EntityType type, int start, int end) {}
