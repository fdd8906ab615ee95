package baoku.enrich.names;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads the public annotated corpora the name model learns from, keeping only person names:
 *
 * <ul>
 *   <li>BIO files, a character and its tag a line, a blank line between sentences (People's Daily
 *       1998, MSRA, Weibo NER, whose first column is the character and a digit);
 *   <li>paired files, a sentence of space-separated characters a line beside a line of its tags;
 *   <li>CLUENER 2020 JSON: objects with {@code text} and {@code label.name} spans.
 * </ul>
 *
 * Person tags are PER and PER.NAM (Weibo's PER.NOM, a person named by a noun, is no name).
 */
public final class NameCorpora {
  private static final Set<String> PERSON_TAGS = Set.of("PER", "PER.NAM", "NR", "NAME");

  private NameCorpora() {}

  public static List<NameTrainer.Example> bio(Path file) throws IOException {
    List<NameTrainer.Example> out = new ArrayList<>();
    List<String> chars = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] parts = line.strip().split("\\s+");
      if (line.isBlank() || parts.length < 2) {
        addSentence(out, chars, tags);
        continue;
      }
      String first = parts[0];
      chars.add(first.substring(0, first.offsetByCodePoints(0, 1)));
      tags.add(parts[parts.length - 1]);
    }
    addSentence(out, chars, tags);
    return out;
  }

  public static List<NameTrainer.Example> paired(Path sentences, Path tags) throws IOException {
    List<String> s = Files.readAllLines(sentences, StandardCharsets.UTF_8);
    List<String> t = Files.readAllLines(tags, StandardCharsets.UTF_8);
    if (s.size() != t.size()) {
      throw new IOException(sentences + " and " + tags + " differ in their number of lines");
    }
    List<NameTrainer.Example> out = new ArrayList<>();
    for (int n = 0; n < s.size(); n++) {
      List<String> chars = new ArrayList<>(List.of(s.get(n).strip().split("\\s+")));
      List<String> labels = new ArrayList<>(List.of(t.get(n).strip().split("\\s+")));
      if (chars.size() == labels.size()) {
        addSentence(out, chars, labels);
      }
    }
    return out;
  }

  public static List<NameTrainer.Example> cluener(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<NameTrainer.Example> out = new ArrayList<>();
    try (JsonParser parser = json.createParser(file.toFile());
        MappingIterator<JsonNode> objects = json.readValues(parser, JsonNode.class)) {
      while (objects.hasNext()) {
        JsonNode object = objects.next();
        String text = object.path("text").asText();
        List<NameSpan> names = new ArrayList<>();
        object
            .path("label")
            .path("name")
            .forEach(
                spans ->
                    spans.forEach(
                        span ->
                            names.add(new NameSpan(span.get(0).asInt(), span.get(1).asInt() + 1))));
        names.sort(Comparator.comparingInt(NameSpan::start));
        if (!text.isEmpty() && names.stream().allMatch(n -> n.end() <= text.length())) {
          out.add(new NameTrainer.Example(text, names));
        }
      }
    }
    return out;
  }

  private static void addSentence(
      List<NameTrainer.Example> out, List<String> chars, List<String> tags) {
    if (chars.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    List<NameSpan> names = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < chars.size(); i++) {
      String tag = tags.get(i);
      boolean person = tag.length() > 2 && PERSON_TAGS.contains(tag.substring(2));
      boolean continues =
          person && (tag.startsWith("I-") || tag.startsWith("M-") || tag.startsWith("E-"));
      if (open >= 0 && !continues) {
        names.add(new NameSpan(open, text.length()));
        open = -1;
      }
      if (person && open < 0) {
        open = text.length();
      }
      text.append(chars.get(i));
    }
    if (open >= 0) {
      names.add(new NameSpan(open, text.length()));
    }
    out.add(new NameTrainer.Example(text.toString(), names));
    chars.clear();
    tags.clear();
  }
}
