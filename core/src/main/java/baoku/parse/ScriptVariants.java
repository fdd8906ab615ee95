package baoku.parse;

import baoku.resource.ResourceLoader;
import com.ibm.icu.text.Transliterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Widens cues written in simplified characters to the traditional forms that papers in Hong Kong,
 * Macao and Taiwan print (本报讯 → 本報訊, 记者 → 記者), so that one word list serves both scripts and the
 * page's own text is kept as printed. Each character is converted on its own.
 */
final class ScriptVariants {
  private final Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");

  /** {@code regex} with each simplified character that has a traditional form matching either. */
  String widen(String regex) {
    StringBuilder out = new StringBuilder(regex.length() + 16);
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        out.append(c).append(regex.charAt(++i)); // an escape stays as written
        continue;
      }
      if (c == '[' && !inClass) {
        inClass = true;
      } else if (c == ']' && inClass) {
        inClass = false;
      }
      String traditional = traditional(c);
      if (traditional == null) {
        out.append(c);
      } else if (inClass) {
        out.append(c).append(traditional);
      } else {
        out.append('[').append(c).append(traditional).append(']');
      }
    }
    return out.toString();
  }

  Pattern compile(String regex) {
    return Pattern.compile(widen(regex));
  }

  List<Pattern> compile(List<String> regexes) {
    return regexes.stream().map(this::compile).toList();
  }

  /** Each entry, followed by its traditional form where that differs. */
  List<String> withTraditional(List<String> entries) {
    Set<String> out = new LinkedHashSet<>();
    for (String entry : entries) {
      out.add(entry);
      out.add(toTraditional.transliterate(entry));
    }
    return List.copyOf(out);
  }

  /** Entries and their traditional forms as one alternation, longest first. */
  String alternation(List<String> entries) {
    return ResourceLoader.alternation(withTraditional(entries));
  }

  private String traditional(char c) {
    if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
      return null;
    }
    String t = toTraditional.transliterate(String.valueOf(c));
    return t.length() == 1 && t.charAt(0) != c ? t : null;
  }
}
