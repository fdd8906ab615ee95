package baoku.parse.zone;

import baoku.parse.layout.ClassifiedLine;

/** A line of an article's body, or a subhead set between its paragraphs. */
public record BodyPiece(ClassifiedLine line, boolean subhead) {}
