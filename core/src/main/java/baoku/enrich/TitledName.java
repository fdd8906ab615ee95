package baoku.enrich;

import java.util.List;

/**
 * A name found beside the titles printed with it: 市委副书记、市长陈光浩 → 陈光浩 with 市委副书记 and 市长.
 *
 * @param start offset of the name in the text it was found in
 */
public record TitledName(String name, int start, List<String> titles) {
  public TitledName {
    titles = List.copyOf(titles);
  }

  public int end() {
    return start + name.length();
  }
}
