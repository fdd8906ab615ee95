package baoku.enrich.names;

import baoku.resource.ResourceLoader;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes a {@link NameModel} as text: a header, the command that made it as comments, one
 * line a transition ({@code t FROM TO WEIGHT}, FROM 3 the start) and one line a feature ({@code f
 * TEMPLATE<TAB>ATOM…<TAB>W_O W_B W_I}). The shipped model is the resource {@code
 * enrich/person-model.txt}.
 */
public final class NameModelFile {
  static final String RESOURCE = "enrich/person-model.txt";
  private static final String HEADER = "baoku person names 1";

  private NameModelFile() {}

  /** The model shipped with Baoku. */
  public static NameModel standard(ResourceLoader loader, NameFeatures features) {
    return read(loader.text(RESOURCE), features);
  }

  /** A feature's template and atoms as the file prints them, or {@code null} if it cannot. */
  static String line(int template, String[] atoms) {
    StringBuilder out = new StringBuilder().append(template);
    for (String atom : atoms) {
      for (int i = 0; i < atom.length(); i++) {
        char c = atom.charAt(i);
        if (c == '\t' || c == '\n' || c == '\r' || Character.isSurrogate(c)) {
          return null;
        }
      }
      out.append('\t').append(atom);
    }
    return out.toString();
  }

  public static String write(NameTrainer.Trained trained, String provenance) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (String line : provenance.split("\n")) {
      out.append("# ").append(line).append('\n');
    }
    float[][] t = trained.model().transitions();
    for (int p = 0; p <= NameModel.LABELS; p++) {
      for (int r = 0; r < NameModel.LABELS; r++) {
        out.append("t ").append(p).append(' ').append(r).append(' ');
        out.append(number(t[p][r])).append('\n');
      }
    }
    Map<String, Long> byText = new TreeMap<>();
    trained.descriptions().forEach((key, text) -> byText.put(text, key));
    byText.forEach(
        (text, key) -> {
          float[] w = trained.model().weightsOf(key);
          out.append("f ").append(text).append('\t');
          out.append(number(w[0])).append(' ').append(number(w[1])).append(' ');
          out.append(number(w[2])).append('\n');
        });
    return out.toString();
  }

  public static NameModel read(String text, NameFeatures features) {
    String[] lines = text.split("\n");
    if (lines.length == 0 || !lines[0].equals(HEADER)) {
      throw new IllegalArgumentException("not a person-name model");
    }
    float[][] t = new float[NameModel.LABELS + 1][NameModel.LABELS];
    Map<Long, float[]> weights = new HashMap<>();
    for (int n = 1; n < lines.length; n++) {
      String line = lines[n];
      if (line.startsWith("t ")) {
        String[] parts = line.split(" ");
        t[Integer.parseInt(parts[1])][Integer.parseInt(parts[2])] = Float.parseFloat(parts[3]);
      } else if (line.startsWith("f ")) {
        String[] parts = line.substring(2).split("\t", -1);
        String[] atoms = new String[parts.length - 2];
        System.arraycopy(parts, 1, atoms, 0, atoms.length);
        String[] w = parts[parts.length - 1].split(" ");
        float[] row = new float[NameModel.LABELS];
        for (int r = 0; r < row.length; r++) {
          row[r] = Float.parseFloat(w[r]);
        }
        weights.put(NameFeatures.key(Integer.parseInt(parts[0]), atoms), row);
      }
    }
    return new NameModel(features, weights, t);
  }

  /** A weight without trailing zeros: 1.5, -2, 0.25. */
  private static String number(float v) {
    if (v == Math.rint(v)) {
      return String.valueOf((long) v);
    }
    return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
  }
}
