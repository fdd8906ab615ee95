package baoku.archive.export;

/** How {@code baoku export} writes articles: one JSON object a line, or CSV with a header. */
public enum ExportFormat {
  JSONL,
  CSV
}
