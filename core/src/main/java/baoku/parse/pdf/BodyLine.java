package baoku.parse.pdf;

/** A line of an article's body, or a subhead set between its paragraphs. */
record BodyLine(TextLine line, boolean subhead) {}
