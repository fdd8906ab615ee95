package baoku.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether standard output is a person's terminal, where progress bars and colour belong. */
final class Terminal {
  private Terminal() {}

  static boolean isInteractive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    // From Java 22 a console exists even when output is redirected; isTerminal() tells them apart.
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
