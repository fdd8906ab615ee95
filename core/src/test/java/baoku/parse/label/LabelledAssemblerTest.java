package baoku.parse.label;

import static baoku.parse.label.LineRole.BYLINE;
import static baoku.parse.label.LineRole.CAPTION;
import static baoku.parse.label.LineRole.KICKER;
import static baoku.parse.label.LineRole.PARAGRAPH_START;
import static baoku.parse.label.LineRole.TEXT;
import static baoku.parse.label.LineRole.TEXT_START;
import static baoku.parse.label.LineRole.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import baoku.page.Article;
import baoku.parse.ParserCues;
import baoku.parse.assemble.ArticleBuilder;
import baoku.parse.assemble.TitleDeriver;
import baoku.parse.text.Line;
import baoku.parse.text.TextNormalizer;
import baoku.parse.zone.BodyParser;
import baoku.parse.zone.BylineParser;
import baoku.parse.zone.CaptionParser;
import baoku.parse.zone.HeadlineParser;
import baoku.parse.zone.JumpParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelledAssemblerTest {
  private final ParserCues cues = ParserCues.standard();
  private final LabelledAssembler assembler =
      new LabelledAssembler(
          new ArticleBuilder(
              cues,
              new HeadlineParser(cues),
              new BylineParser(cues),
              new BodyParser(),
              new TitleDeriver()),
          new CaptionParser(cues),
          new JumpParser(cues));

  private List<Article> assemble(String text, LineRole... roles) {
    List<Line> lines = new TextNormalizer().lines(text);
    return assembler.assemble(lines, roles).articles();
  }

  @Test
  void headlinesSetAfterTheirTextsHeadThoseTexts() {
    List<Article> articles =
        assemble(
            "本报讯（记者 张三）市里召开\n会议，部署工作。\n会议开幕\n本报讯（记者 李四）新桥今日\n通车。\n新桥通车\n",
            TEXT_START,
            TEXT,
            TITLE,
            TEXT_START,
            TEXT,
            TITLE);
    assertThat(articles).extracting(Article::title).containsExactly("会议开幕", "新桥通车");
    assertThat(articles.get(0).paragraphs()).containsExactly("本报讯（记者 张三）市里召开会议，部署工作。");
    assertThat(articles.get(1).authors()).containsExactly("李四");
  }

  @Test
  void aPageMayMixTheTwoOrders() {
    List<Article> articles =
        assemble(
            "评论的正文，说了一件事。\n评论的标题\n■ 本报评论员\n会议强调\n新闻标题\n本报讯 新闻的正文。\n第二段。\n",
            TEXT_START,
            TITLE,
            BYLINE,
            KICKER,
            TITLE,
            TEXT_START,
            PARAGRAPH_START);
    assertThat(articles).extracting(Article::title).containsExactly("评论的标题", "新闻标题");
    assertThat(articles.get(0).authors()).containsExactly("本报评论员");
    assertThat(articles.get(1).kicker()).isEqualTo("会议强调");
    assertThat(articles.get(1).paragraphs()).hasSize(2);
  }

  @Test
  void aCaptionSetApartGoesToTheArticleItSpeaksOf() {
    List<Article> articles =
        assemble(
            "本报讯 跨江大桥昨日建成通车。\n大桥建成\n本报讯 城郊果园迎来丰收。\n果园丰收\n跨江大桥夜景\n",
            TEXT_START,
            TITLE,
            TEXT_START,
            TITLE,
            CAPTION);
    assertThat(articles.get(0).images()).singleElement().extracting("caption").isEqualTo("跨江大桥夜景");
    assertThat(articles.get(1).images()).isEmpty();
  }

  @Test
  void aHeadlineWithNoTextIsABannerNotAnArticle() {
    var page = assembler.assemble(new TextNormalizer().lines("本期导读\n"), new LineRole[] {TITLE});
    assertThat(page.articles()).isEmpty();
    assertThat(page.others()).singleElement().extracting("type").isEqualTo("banner");
  }
}
