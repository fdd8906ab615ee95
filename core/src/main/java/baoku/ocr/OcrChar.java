package baoku.ocr;

/**
 * One character as read: its text, where its centre stands across the line (pixels of the page) and
 * how sure the recogniser is of it.
 */
public record OcrChar(String text, double centre, double confidence) {}
