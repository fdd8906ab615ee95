package baoku.cli;

import baoku.archive.Archive;
import baoku.page.PageJson;
import baoku.people.OrganisationPosts;
import baoku.people.People;
import baoku.people.PostHolder;
import baoku.people.Posts;
import baoku.resource.ResourceLoader;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code baoku officials [TITLE]}: who held which post of which organisation, and when. */
@Command(
    name = "officials",
    mixinStandardHelpOptions = true,
    description =
        "Posts by organisation, with who held each when (first and last dates printed): every"
            + " title, or only TITLE (as printed, or with a scope before it).")
final class OfficialsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ArchiveLocation archive;

  @Parameters(
      paramLabel = "TITLE",
      arity = "0..1",
      description = "A title as printed, e.g. 市委书记; every title without it.")
  String title;

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  String format;

  @Override
  public Integer call() {
    List<OrganisationPosts> organisations;
    try (Archive store = archive.openForReading()) {
      Posts posts = new Posts(new ResourceLoader());
      organisations = posts.byOrganisation(new People(store).officials(title == null ? "" : title));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      out.println(new PageJson().write(organisations, true));
      return 0;
    }
    if (organisations.isEmpty()) {
      out.println(title == null ? "no one printed with a title" : "no one printed as " + title);
    }
    for (OrganisationPosts organisation : organisations) {
      out.println(
          organisation.organisation().isEmpty()
              ? "(no organisation printed)"
              : organisation.organisation());
      for (PostHolder holder : organisation.holders()) {
        String dates =
            holder.first().equals(holder.last())
                ? holder.first().toString()
                : holder.first() + " – " + holder.last();
        out.println("  " + holder.post() + "\t" + holder.name() + "\t" + dates);
      }
    }
    return 0;
  }
}
