package baoku.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
   * Words joined into one pattern of literal alternatives, longest first so that a longer word wins
   * over a prefix of it (本报记者 before 记者); no words make an empty pattern.
   */
  public static String alternation(Collection<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }
}
