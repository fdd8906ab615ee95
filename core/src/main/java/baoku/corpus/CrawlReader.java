package baoku.corpus;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the article files of the crawl under a folder. A file that cannot be read is one rejection
 * line; the months kept for testing are never opened ({@link CorpusSplits#isHeldOut}).
 */
public final class CrawlReader {
  private static final Pattern NAME =
      Pattern.compile("(\\d{4})(\\d{2})(\\d{2})-(\\d{2})-(\\d{2})\\.txt");

  private final CorpusSplits splits;

  public CrawlReader(CorpusSplits splits) {
    this.splits = splits;
  }

  /** Every article under {@code root} in the given split, in date, page and order sequence. */
  public List<CrawlArticle> read(Path root, Split split, Consumer<String> rejections)
      throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files =
          walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
    }
    List<CrawlArticle> out = new ArrayList<>();
    for (Path file : files) {
      Matcher name = NAME.matcher(file.getFileName().toString());
      if (!name.matches()) {
        continue;
      }
      String month = name.group(1) + "-" + name.group(2);
      if (splits.isHeldOut(month) || splits.of(month) != split) {
        continue; // test months stay unopened
      }
      try {
        LocalDate date =
            LocalDate.of(
                Integer.parseInt(name.group(1)),
                Integer.parseInt(name.group(2)),
                Integer.parseInt(name.group(3)));
        String text = decode(Files.readAllBytes(file));
        CrawlArticle article =
            parse(
                file.getFileName().toString(),
                date,
                Integer.parseInt(name.group(4)),
                Integer.parseInt(name.group(5)),
                text);
        if (article.paragraphs().isEmpty() || article.title().isEmpty()) {
          rejections.accept(file + ": no title or no text");
        } else {
          out.add(article);
        }
      } catch (DateTimeException e) {
        rejections.accept(file + ": no such date");
      } catch (CharacterCodingException e) {
        rejections.accept(file + ": not UTF-8");
      }
    }
    return out;
  }

  /** An article from the text of its file. */
  static CrawlArticle parse(String source, LocalDate date, int page, int order, String text) {
    String[] lines = text.replace("\r", "").split("\n", -1);
    List<String> paragraphs = new ArrayList<>();
    for (int i = 3; i < lines.length; i++) {
      String paragraph = strip(lines[i]);
      if (!paragraph.isEmpty()) {
        paragraphs.add(paragraph);
      }
    }
    return new CrawlArticle(
        source, date, page, order, line(lines, 0), line(lines, 1), line(lines, 2), paragraphs);
  }

  private static String line(String[] lines, int i) {
    return i < lines.length ? strip(lines[i]) : "";
  }

  /** Trims ASCII, ideographic and no-break spaces, which the crawl uses for indentation. */
  static String strip(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .decode(java.nio.ByteBuffer.wrap(bytes))
        .toString();
  }
}
