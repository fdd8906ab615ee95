package baoku.archive;

/** The archive was built before ingest kept people in the index, so it cannot say who it names. */
public final class PeopleNotIndexedException extends ArchiveException {
  private static final long serialVersionUID = 1L;

  public PeopleNotIndexedException(String archive) {
    super(
        "archive "
            + archive
            + " was built before people were indexed: copy it to a new archive (baoku copy --from "
            + archive
            + " --to NEW) or ingest its pages again");
  }
}
