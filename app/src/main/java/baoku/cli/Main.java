package baoku.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code baoku} command: subcommands over the same services the web reader uses. */
@Command(
    name = "baoku",
    mixinStandardHelpOptions = true,
    version = "baoku 0.1.0",
    description = "A digital archive for Chinese newspapers.",
    subcommands = {
      ParseCommand.class,
      EvalCommand.class,
      CorpusCommand.class,
      TrainCommand.class,
      TrainNamesCommand.class,
      EvalPeopleCommand.class,
      RenderCommand.class,
      EvalNerCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      ExportCommand.class,
      StatsCommand.class,
      PeopleCommand.class,
      OfficialsCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      CopyCommand.class,
      PurgeCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      ClusterCommand.class
    })
public final class Main {
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code; output goes to UTF-8 stdout and stderr. */
  public static int run(String... args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    return commandLine(out, err).execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("baoku: " + oneLine(e));
          return 1;
        });
    return cli;
  }

  /** A failure as one line a user can act on, never a stack trace. */
  static String oneLine(Throwable e) {
    String message = e.getMessage();
    return (message == null || message.isBlank() ? e.getClass().getSimpleName() : message)
        .replace('\n', ' ');
  }
}
