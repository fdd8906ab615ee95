package baoku.archive;

import baoku.words.WordSegmenter;
import java.util.List;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/**
 * Opens an archive from the location a user typed: a folder (the embedded store) or {@code
 * http(s)://HOST:PORT[/NAME]} (a search cluster). Every command and the web reader open archives
 * here, so each works on every store.
 */
public final class Archives {
  private static final Pattern URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");

  private final List<ArchiveStore> stores;

  public Archives(List<ArchiveStore> stores) {
    this.stores = List.copyOf(stores);
  }

  /** The stores on the class path, in the order their modules list them. */
  public static Archives installed() {
    return new Archives(
        ServiceLoader.load(ArchiveStore.class, Archives.class.getClassLoader()).stream()
            .map(ServiceLoader.Provider::get)
            .toList());
  }

  public Archive openForWriting(String location) {
    return store(location).openForWriting(location);
  }

  /** As {@link ArchiveStore#openForWriting(String, WordSegmenter)}. */
  public Archive openForWriting(String location, WordSegmenter words) {
    return store(location).openForWriting(location, words);
  }

  public Archive openForReading(String location) {
    return store(location).openForReading(location);
  }

  /** Whether {@code location} is a folder on this machine rather than the URL of a cluster. */
  public boolean isFolder(String location) {
    return !URL.matcher(location).matches();
  }

  /** {@code location} without secrets, for messages. */
  public String describe(String location) {
    return store(location).describe(location);
  }

  private ArchiveStore store(String location) {
    // The embedded store takes every location that is not a URL, a cluster store only URLs.
    return stores.stream()
        .filter(store -> store.accepts(location))
        .findFirst()
        .orElseThrow(
            () ->
                new ArchiveException(
                    "no store for archive location '"
                        + location
                        + "' (a folder, or http(s)://HOST:PORT[/NAME] with the OpenSearch module)"));
  }
}
