package baoku.parse.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.page.Region;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhotoNewsTest {
  private static ArticleCollector.Item item(TypeScale.Grade grade, Role role) {
    TextLine line = new TextLine("某某摄", new Region(0, 0, 100, 10), 10, 10, "Song", false);
    return new ArticleCollector.Item(new TextBlock(List.of(line), line.box(), grade), role);
  }

  private static List<Role> roles(ArticleCollector.Item... items) {
    return new PhotoNews().read(List.of(items)).stream().map(ArticleCollector.Item::role).toList();
  }

  @Test
  void aCaptionInTextTypeRightUnderAHeadlineIsTheStory() {
    assertThat(
            roles(
                item(TypeScale.Grade.DISPLAY, Role.HEADLINE),
                item(TypeScale.Grade.BODY, Role.CAPTION)))
        .containsExactly(Role.HEADLINE, Role.BODY);
  }

  @Test
  void aCaptionInCaptionTypeOrAfterTextStaysACaption() {
    assertThat(
            roles(
                item(TypeScale.Grade.DISPLAY, Role.HEADLINE),
                item(TypeScale.Grade.SMALL, Role.CAPTION)))
        .containsExactly(Role.HEADLINE, Role.CAPTION);
    assertThat(
            roles(
                item(TypeScale.Grade.DISPLAY, Role.HEADLINE),
                item(TypeScale.Grade.BODY, Role.BODY),
                item(TypeScale.Grade.BODY, Role.CAPTION)))
        .containsExactly(Role.HEADLINE, Role.BODY, Role.CAPTION);
  }
}
