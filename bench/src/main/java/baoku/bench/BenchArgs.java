package baoku.bench;

import java.util.List;

/** The benchmarks' command lines: {@code REPO [--name value]... [--flag]...}. */
final class BenchArgs {
  private BenchArgs() {}

  static int intArg(String[] args, String name, int fallback) {
    return Integer.parseInt(stringArg(args, name, String.valueOf(fallback)));
  }

  static String stringArg(String[] args, String name, String fallback) {
    for (int i = 1; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }

  static boolean flag(String[] args, String name) {
    return List.of(args).subList(1, args.length).contains(name);
  }
}
