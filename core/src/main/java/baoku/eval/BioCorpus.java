package baoku.eval;

import baoku.page.EntityType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A named-entity test set in BIO form: a character and its tag a line (B-PER, I-LOC, O …),
 * separated by a space or a tab, a blank line between sentences. PER, LOC and ORG are read as
 * person, place and organisation.
 */
public final class BioCorpus {
  private BioCorpus() {}

  /** One sentence and the entities marked in it. */
  public record Sentence(String text, List<EntitySpan> entities) {}

  public static List<Sentence> read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  public static List<Sentence> parse(List<String> lines) {
    List<Sentence> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<EntitySpan> entities = new ArrayList<>();
    EntityType open = null;
    int openStart = 0;
    for (String line : lines) {
      String[] parts = line.strip().split("\\s+");
      if (line.isBlank() || parts.length < 2) {
        if (open != null) {
          entities.add(new EntitySpan(open, openStart, text.length()));
          open = null;
        }
        if (!text.isEmpty()) {
          out.add(new Sentence(text.toString(), List.copyOf(entities)));
        }
        text.setLength(0);
        entities.clear();
        continue;
      }
      String tag = parts[parts.length - 1];
      EntityType type = tag.length() > 2 ? type(tag.substring(2)) : null;
      boolean continues = tag.startsWith("I-") && type == open;
      if (open != null && !continues) {
        entities.add(new EntitySpan(open, openStart, text.length()));
        open = null;
      }
      if (type != null && !continues) {
        open = type;
        openStart = text.length();
      }
      text.append(parts[0]);
    }
    if (open != null) {
      entities.add(new EntitySpan(open, openStart, text.length()));
    }
    if (!text.isEmpty()) {
      out.add(new Sentence(text.toString(), List.copyOf(entities)));
    }
    return out;
  }

  private static EntityType type(String label) {
    return switch (label) {
      case "PER" -> EntityType.PERSON;
      case "LOC" -> EntityType.PLACE;
      case "ORG" -> EntityType.ORG;
      default -> null;
    };
  }
}
