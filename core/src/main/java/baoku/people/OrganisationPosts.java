package baoku.people;

import java.util.List;

/** An organisation's posts and who held them, by post and then by first date. */
public record OrganisationPosts(String organisation, List<PostHolder> holders) {
  public OrganisationPosts {
    holders = List.copyOf(holders);
  }
}
