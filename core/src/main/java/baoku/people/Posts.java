package baoku.people;

import baoku.resource.ResourceLoader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits titles into organisation and post by the post words of {@code people/posts.txt} (with the
 * deputy markers of {@code people/post-deputies.txt}), and groups officeholders by organisation.
 */
public final class Posts {
  private static final Comparator<String> LONGEST_FIRST =
      Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder());

  private final List<String> posts;
  private final List<String> deputies;

  public Posts(ResourceLoader resources) {
    this.posts = longestFirst(resources.entries("people/posts.txt"));
    this.deputies = longestFirst(resources.entries("people/post-deputies.txt"));
  }

  private static List<String> longestFirst(List<String> words) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(LONGEST_FIRST);
    return List.copyOf(sorted);
  }

  /** The title split where its post starts; a title ending in no post word is all post. */
  public Post split(String title) {
    for (String post : posts) {
      if (!title.endsWith(post)) {
        continue;
      }
      int start = title.length() - post.length();
      for (String deputy : deputies) {
        if (start >= deputy.length() && title.startsWith(deputy, start - deputy.length())) {
          start -= deputy.length();
          break;
        }
      }
      return new Post(title.substring(0, start), title.substring(start));
    }
    return new Post("", title);
  }

  /**
   * The holders grouped by organisation, organisations by name with those printing none last; in
   * each, by post, then first date, then name.
   */
  public List<OrganisationPosts> byOrganisation(List<Officeholder> holders) {
    Map<String, List<PostHolder>> grouped = new TreeMap<>(Posts::organisationOrder);
    for (Officeholder holder : holders) {
      Post post = split(holder.title());
      grouped
          .computeIfAbsent(post.organisation(), o -> new ArrayList<>())
          .add(
              new PostHolder(
                  post.post(), holder.title(), holder.name(), holder.first(), holder.last()));
    }
    List<OrganisationPosts> out = new ArrayList<>(grouped.size());
    grouped.forEach(
        (organisation, held) -> {
          held.sort(
              Comparator.comparing(PostHolder::post)
                  .thenComparing(PostHolder::first)
                  .thenComparing(PostHolder::name));
          out.add(new OrganisationPosts(organisation, held));
        });
    return out;
  }

  private static int organisationOrder(String a, String b) {
    if (a.isEmpty() != b.isEmpty()) {
      return a.isEmpty() ? 1 : -1;
    }
    return a.compareTo(b);
  }
}
