package baoku.archive.lucene;

/** What a backup holds: the commit it copied (its generation), how many files and bytes. */
public record BackupSummary(long generation, int files, long bytes) {}
