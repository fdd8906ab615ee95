package baoku.enrich;

import java.util.List;

/**
 * A person seen once in a text: by the titles printed beside the name, or, untitled, by the words
 * around it (明林说, 村民张三).
 *
 * @param start offset of the name in the text
 * @param titles the titles printed beside the name here, each as printed; empty where none
 * @param official whether the words around the name say the person holds office without naming the
 *     post (市领导张三、李四出席)
 * @param reporter whether the words before the name say the person reported the story (（本报记者张三、
 *     李四）)
 */
public record Sighting(
    String name, int start, List<String> titles, boolean official, boolean reporter) {
  public Sighting {
    titles = List.copyOf(titles);
  }

  public Sighting(String name, int start, List<String> titles, boolean official) {
    this(name, start, titles, official, false);
  }

  public Sighting(String name, int start, List<String> titles) {
    this(name, start, titles, false);
  }

  public int end() {
    return start + name.length();
  }
}
