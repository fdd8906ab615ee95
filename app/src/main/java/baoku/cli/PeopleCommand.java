package baoku.cli;

import baoku.archive.Archive;
import baoku.page.PageJson;
import baoku.people.People;
import baoku.people.PersonArticle;
import baoku.people.PersonProfile;
import baoku.people.PersonSummary;
import baoku.people.TitleSpan;
import baoku.web.view.Links;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code baoku people [NAME]}: who the archive names, or one person's titles and articles. */
@Command(
    name = "people",
    mixinStandardHelpOptions = true,
    description = {
      "Without NAME: the people the archive names, with role, articles and dates.",
      "With NAME: that person's titles (first and last dates printed) and articles."
    })
final class PeopleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ArchiveLocation archive;

  @Parameters(paramLabel = "NAME", arity = "0..1", description = "A name as printed.")
  String name;

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  String format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Archive store = archive.openForReading()) {
      People people = new People(store);
      if (name == null) {
        List<PersonSummary> all = people.list();
        if (format.equals("json")) {
          out.println(new PageJson().write(all, true));
        } else {
          all.forEach(p -> out.println(line(p)));
        }
        return 0;
      }
      Optional<PersonProfile> profile = people.person(name);
      if (profile.isEmpty()) {
        spec.commandLine().getErr().println("no one named " + name + " in " + archive.describe());
        return 1;
      }
      if (format.equals("json")) {
        out.println(new PageJson().write(profile.get(), true));
      } else {
        print(profile.get(), out);
      }
      return 0;
    }
  }

  private static String line(PersonSummary p) {
    return String.format(
        Locale.ROOT,
        "%s\t%s\t%d articles\t%s – %s",
        p.name(),
        p.role() == null ? "" : p.role(),
        p.articles(),
        p.first(),
        p.last());
  }

  private static void print(PersonProfile profile, PrintWriter out) {
    out.println(line(profile.summary()));
    if (!profile.titles().isEmpty()) {
      out.println();
      out.println("titles:");
      for (TitleSpan title : profile.titles()) {
        out.println("  " + title.title() + "\t" + span(title));
      }
    }
    if (!profile.timeline().isEmpty()) {
      out.println();
      out.println(
          profile.timeline().size() < profile.days()
              ? "printed (the newest "
                  + profile.timeline().size()
                  + " of "
                  + profile.days()
                  + " days):"
              : "printed:");
      profile
          .timeline()
          .forEach(day -> out.println("  " + day.date() + "\t" + String.join("、", day.titles())));
    }
    out.println();
    int articles = profile.summary().articles();
    out.println(
        profile.articles().size() < articles
            ? "articles (the newest " + profile.articles().size() + " of " + articles + "):"
            : "articles:");
    for (PersonArticle article : profile.articles()) {
      out.printf(
          Locale.ROOT,
          "  %s 第%d版 %s  %s%n",
          article.date(),
          article.page(),
          article.title(),
          Links.article(article.id()));
    }
  }

  private static String span(TitleSpan title) {
    return title.first().equals(title.last())
        ? title.first().toString()
        : title.first() + " – " + title.last();
  }
}
