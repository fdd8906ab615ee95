package baoku.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one way Baoku loads word lists, patterns and models: UTF-8 text resources on the class path
 * under {@code /baoku/}. A missing resource is a build error, reported with its name.
 */
public final class ResourceLoader {
  private final String root;

  public ResourceLoader() {
    this("/baoku/");
  }

  public ResourceLoader(String root) {
    this.root = root.endsWith("/") ? root : root + "/";
  }

  /** The whole resource as text. */
  public String text(String name) {
    String path = root + name;
    try (InputStream in = ResourceLoader.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + path, e);
    }
  }

  /** The resource's entries: one a line, trimmed, without blank lines and {@code #} comments. */
  public List<String> entries(String name) {
    List<String> out = new ArrayList<>();
    for (String line : text(name).split("\n")) {
      String entry = line.strip();
      if (!entry.isEmpty() && !entry.startsWith("#")) {
        out.add(entry);
      }
    }
    return List.copyOf(out);
  }

  /** The entries compiled as regular expressions. */
  public List<Pattern> patterns(String name) {
    return entries(name).stream().map(Pattern::compile).toList();
  }

  /**
   * A list of alternatives joined into one pattern, longest first so that a longer entry wins over
   * a prefix of it (本报记者 before 记者).
   */
  public String alternation(String name) {
    return entries(name).stream()
        .sorted((a, b) -> b.length() - a.length())
        .map(Pattern::quote)
        .reduce((a, b) -> a + "|" + b)
        .orElseThrow(() -> new IllegalStateException("empty resource " + name));
  }
}
