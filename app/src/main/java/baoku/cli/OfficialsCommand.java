package baoku.cli;

import baoku.archive.Archive;
import baoku.page.PageJson;
import baoku.people.Officeholder;
import baoku.people.People;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code baoku officials TITLE}: who was printed with a title, and when. */
@Command(
    name = "officials",
    mixinStandardHelpOptions = true,
    description =
        "Who held a post when: everyone printed with TITLE (or TITLE with a scope before it),"
            + " with the first and last dates.")
final class OfficialsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ArchiveLocation archive;

  @Parameters(paramLabel = "TITLE", description = "A title as printed, e.g. 市委书记.")
  String title;

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  String format;

  @Override
  public Integer call() {
    List<Officeholder> holders;
    try (Archive store = archive.openForReading()) {
      holders = new People(store).officials(title);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      out.println(new PageJson().write(holders, true));
      return 0;
    }
    if (holders.isEmpty()) {
      out.println("no one printed as " + title);
    }
    for (Officeholder holder : holders) {
      String dates =
          holder.first().equals(holder.last())
              ? holder.first().toString()
              : holder.first() + " – " + holder.last();
      out.println(holder.name() + "\t" + holder.title() + "\t" + dates);
    }
    return 0;
  }
}
