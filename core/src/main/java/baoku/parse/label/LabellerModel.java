package baoku.parse.label;

import baoku.resource.ResourceLoader;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes a {@link LineLabeller}'s weights as text: a header naming the roles, one line a
 * transition ({@code t FROM TO WEIGHT}), one line a feature ({@code f FEATURE<TAB>ROLE:WEIGHT …},
 * non-zero weights only). The shipped model is the resource {@code parse/label/line-model.txt}.
 */
public final class LabellerModel {
  static final String RESOURCE = "parse/label/line-model.txt";
  private static final String HEADER = "baoku line labeller 1";
  private static final LineRole[] ROLES = LineRole.values();

  /** The model shipped with Baoku. */
  public static LineLabeller standard(ResourceLoader loader) {
    return read(loader.text(RESOURCE));
  }

  public static String write(LineLabeller labeller, String provenance) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (String line : provenance.split("\n")) {
      out.append("# ").append(line).append('\n');
    }
    out.append("roles");
    for (LineRole r : ROLES) {
      out.append(' ').append(r.name());
    }
    out.append('\n');
    float[][] t = labeller.transitions();
    for (int p = 0; p <= ROLES.length; p++) {
      for (int r = 0; r < ROLES.length; r++) {
        if (t[p][r] != 0f) {
          out.append("t ")
              .append(p == ROLES.length ? "START" : ROLES[p].name())
              .append(' ')
              .append(ROLES[r].name())
              .append(' ')
              .append(t[p][r])
              .append('\n');
        }
      }
    }
    for (Map.Entry<String, float[]> e : new TreeMap<>(labeller.weights()).entrySet()) {
      out.append("f ").append(e.getKey()).append('\t');
      float[] w = e.getValue();
      boolean first = true;
      for (int r = 0; r < w.length; r++) {
        if (w[r] != 0f) {
          out.append(first ? "" : " ").append(r).append(':').append(w[r]);
          first = false;
        }
      }
      out.append('\n');
    }
    return out.toString();
  }

  public static LineLabeller read(String text) {
    String[] lines = text.split("\n");
    if (lines.length == 0 || !lines[0].equals(HEADER)) {
      throw new IllegalArgumentException("not a line labeller model");
    }
    Map<String, Integer> roleIds = new HashMap<>();
    for (LineRole r : ROLES) {
      roleIds.put(r.name(), r.ordinal());
    }
    int[] fromFile = new int[0];
    float[][] t = new float[ROLES.length + 1][ROLES.length];
    Map<String, float[]> weights = new HashMap<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("roles ")) {
        String[] names = line.substring(6).split(" ");
        fromFile = new int[names.length];
        for (int r = 0; r < names.length; r++) {
          Integer id = roleIds.get(names[r]);
          if (id == null) {
            throw new IllegalArgumentException("model names an unknown role: " + names[r]);
          }
          fromFile[r] = id;
        }
      } else if (line.startsWith("t ")) {
        String[] parts = line.split(" ");
        int from = parts[1].equals("START") ? ROLES.length : roleIds.get(parts[1]);
        t[from][roleIds.get(parts[2])] = Float.parseFloat(parts[3]);
      } else if (line.startsWith("f ")) {
        int tab = line.indexOf('\t');
        float[] w = new float[ROLES.length];
        for (String pair : line.substring(tab + 1).split(" ")) {
          int colon = pair.indexOf(':');
          w[fromFile[Integer.parseInt(pair.substring(0, colon))]] =
              Float.parseFloat(pair.substring(colon + 1));
        }
        weights.put(line.substring(2, tab), w);
      }
    }
    return new LineLabeller(weights, t);
  }

  private LabellerModel() {}
}
