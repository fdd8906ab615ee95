package baoku.parse;

import static org.assertj.core.api.Assertions.assertThat;

import baoku.page.Article;
import baoku.page.Page;
import baoku.page.TitleSource;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Whole pages of both layouts, written for these tests, in forms the sample pages do not show, read
 * by the hand-written parser that the line labeller replaced. Kept while the labelled parser does
 * not yet read all of them (docs/evaluation.md).
 */
class RulesPageParserTest {
  private final PageParser parser = PageParser.rules(ParserCues.standard());

  private static final String EPAPER =
      """
      江城晚报

      JIANGCHENG EVENING NEWS

      2023年3月6日

      星期一

      中共江城市委机关报
      今日8版
      总第5120期

      国务院常务会议研究部署

      稳就业促增长十项举措出台

      ——重点支持中小企业吸纳就业

      新华社北京3月5日电（记者 王强、刘敏）国务院总理主持召开国务院常务会议，部署稳就业促增长举措。

      会议指出，要把稳就业放在更加突出的位置，加大对中小企业的支持力度。

      【乡村振兴进行时】

      稻田里的新农人

      ■ 本报记者 陈晓 实习生 赵一

      春耕时节，江城东郊的稻田里一片繁忙，

      一群返乡青年正在调试无人机。“今年我们试种了三个新品种。”合作社负责人说。

      无人机飞防作业

      本报记者 陈晓 摄

      合作社今年流转土地两千亩，带动周边农户增收。

      （下转第3版）
      """;

  @Test
  void readsAnEpaperPage() {
    Page page =
        parser.parse(EPAPER, "pages/jiangcheng-2023-03-06-01.txt", new PageHints(null, null, 1));
    assertThat(page.source()).isEqualTo("jiangcheng-2023-03-06-01.txt");
    assertThat(page.issue().paper()).isEqualTo("江城晚报");
    assertThat(page.issue().date()).isEqualTo(LocalDate.of(2023, 3, 6));
    assertThat(page.issue().pageCount()).isEqualTo(8);
    assertThat(page.number()).isEqualTo(1);
    assertThat(page.articles()).hasSize(2);

    Article agency = page.articles().get(0);
    assertThat(agency.kicker()).isEqualTo("国务院常务会议研究部署");
    assertThat(agency.title()).isEqualTo("稳就业促增长十项举措出台");
    assertThat(agency.subtitle()).isEqualTo("——重点支持中小企业吸纳就业");
    assertThat(agency.dateline()).isEqualTo("新华社北京3月5日电");
    assertThat(agency.authors()).containsExactly("王强", "刘敏");
    assertThat(agency.paragraphs()).hasSize(2);

    Article feature = page.articles().get(1);
    assertThat(feature.column()).isEqualTo("乡村振兴进行时");
    assertThat(feature.title()).isEqualTo("稻田里的新农人");
    assertThat(feature.authors()).containsExactly("陈晓", "赵一");
    assertThat(feature.paragraphs())
        .containsExactly(
            "春耕时节，江城东郊的稻田里一片繁忙，一群返乡青年正在调试无人机。“今年我们试种了三个新品种。”合作社负责人说。", "合作社今年流转土地两千亩，带动周边农户增收。");
    assertThat(feature.images())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.caption()).isEqualTo("无人机飞防作业");
              assertThat(i.credit()).isEqualTo("本报记者 陈晓 摄");
            });
    assertThat(feature.continuedOn()).isEqualTo(3);
    assertThat(String.join("", feature.paragraphs())).doesNotContain("下转").doesNotContain("飞防作业");
  }

  private static final String COLUMNS =
      """
      （上接第1版）全市共有二十三个重点项
      目集中开工，总投资超过一百亿元，涵
      盖先进制造、现代物流和城市更新等领
      域。

      据介绍，今年以来全市项目建设保持
      良好势头，一季度完成投资同比增长
      百分之十二。

      重点项目集中开工

      本报讯（记者 周敏）昨（5）日，市
      文化馆新馆正式向市民开放，首日接待
      观众三千余人次。

      新馆设有展厅、剧场和图书阅览区，
      全天免费开放。
      本报讯（记者 李军）昨（5）日，江
      城至海州的城际列车首发，两地往来
      时间缩短到四十分钟。

      城际列车首发
      """;

  @Test
  void readsAPdfColumnPageWithHeadlinesAfterTheirText() {
    Page page = parser.parse(COLUMNS, "p3.txt", new PageHints("江城晚报", LocalDate.of(2023, 3, 6), 3));
    assertThat(page.issue().paper()).isEqualTo("江城晚报");
    assertThat(page.issue().date()).isEqualTo(LocalDate.of(2023, 3, 6));
    assertThat(page.number()).isEqualTo(3);
    assertThat(page.articles()).hasSize(3);

    Article continued = page.articles().get(0);
    assertThat(continued.continuedFrom()).isEqualTo(1);
    assertThat(continued.title()).isEqualTo("重点项目集中开工");
    assertThat(continued.paragraphs()).hasSize(2);
    assertThat(continued.paragraphs().get(0))
        .isEqualTo("全市共有二十三个重点项目集中开工，总投资超过一百亿元，涵盖先进制造、现代物流和城市更新等领域。");

    Article untitled = page.articles().get(1);
    assertThat(untitled.titleSource()).isEqualTo(TitleSource.DERIVED);
    assertThat(untitled.title()).isEqualTo("市文化馆新馆正式向市民开放");
    assertThat(untitled.authors()).containsExactly("周敏");
    assertThat(untitled.paragraphs()).hasSize(2);

    Article train = page.articles().get(2);
    assertThat(train.title()).isEqualTo("城际列车首发");
    assertThat(train.titleSource()).isEqualTo(TitleSource.PRINTED);
  }

  /** E-paper text as some sites print it: no blank lines, paragraphs indented, commas in titles. */
  private static final String DENSE_EPAPER =
      """
      2023年3月6日 星期一 第2版 要闻
      凝心聚力抓发展，砥砺奋进新征程
      全市经济工作会议召开
      本报记者 何平
      　　本报讯 3月5日，全市经济工作会议召开，总结去年工作，部署今年任务。
      　　会议强调，要坚持稳中求进工作总基调，着力扩大内需。
      　　会议要求，各地各部门要狠抓落实，确保各项任务落地见效。
      春季招聘会提供岗位两万个
      　　本报讯（记者 吴昊 报道）3月5日，全市春季招聘会在会展中心举行，提供岗位两万个。
      责任编辑：孙丽 美编：钱军
      """;

  @Test
  void readsDenseEpaperText() {
    Page page = parser.parse(DENSE_EPAPER, "x.txt", PageHints.none());
    assertThat(page.number()).isEqualTo(2);
    assertThat(page.issue().date()).isEqualTo(LocalDate.of(2023, 3, 6));
    assertThat(page.articles()).hasSize(2);
    Article meeting = page.articles().get(0);
    // Two parts without type sizes: which is the main title is a judgement; the words are not.
    assertThat(meeting.headline()).isEqualTo("凝心聚力抓发展，砥砺奋进新征程 全市经济工作会议召开");
    assertThat(meeting.authors()).containsExactly("何平");
    assertThat(meeting.paragraphs()).hasSize(3);
    Article fair = page.articles().get(1);
    assertThat(fair.title()).isEqualTo("春季招聘会提供岗位两万个");
    assertThat(fair.authors()).containsExactly("吴昊");
    assertThat(page.otherBlocks())
        .singleElement()
        .satisfies(b -> assertThat(b.type()).isEqualTo("credits"));
  }

  @Test
  void aPageOfOnlyHeadlinesHasNoArticles() {
    Page page = parser.parse("头版要闻\n\n重要通知\n\n本期导读\n", "x.txt", PageHints.none());
    assertThat(page.articles()).isEmpty();
  }

  @Test
  void anAdvertisementIsKeptOutOfTheArticles() {
    String text = "江城日报\n2023年3月6日\n\nJCB 江城银行\n服务热线 96000\n\n本报讯 全市召开大会，部署全年工作。\n";
    Page page = parser.parse(text, "x.txt", PageHints.none());
    assertThat(page.otherBlocks())
        .singleElement()
        .satisfies(b -> assertThat(b.type()).isEqualTo("advertisement"));
    assertThat(page.articles())
        .singleElement()
        .satisfies(a -> assertThat(a.text()).doesNotContain("银行"));
  }

  @Test
  void theMastheadWinsOverAHint() {
    Page page = parser.parse(EPAPER, "x.txt", new PageHints("别的报", LocalDate.of(2000, 1, 1), null));
    assertThat(page.issue().paper()).isEqualTo("江城晚报");
    assertThat(page.issue().date()).isEqualTo(LocalDate.of(2023, 3, 6));
  }

  private static final String HEADLINE_THEN_NEXT_BYLINE =
      """
      本报讯（通讯员 李华 记者 周明）3
      月7日，记者从市教育局获悉，今年我市
      将新建中小学12所，新增学位1.5万个。
      据介绍，新建学校主要分布在城东新
      区和高铁片区。

      我市今年将新建中小学12所
      新增学位1.5万个

      ■ 记者 吴倩 文/图
      3月7日，城南公园的樱花进入盛花
      期，吸引大量市民前来赏花拍照。
      据公园管理处介绍，今年园内樱花
      品种增加到20余个。
      城南公园樱花盛开
      """;

  @Test
  void aHeadlineInTheWordsOfTheTextBeforeItIsThatTextsTitle() {
    Page page = parser.parse(HEADLINE_THEN_NEXT_BYLINE, "x.txt", PageHints.none());
    assertThat(page.articles())
        .extracting(Article::title, Article::authors)
        .containsExactly(
            Tuple.tuple("我市今年将新建中小学12所", List.of("李华", "周明")),
            Tuple.tuple("城南公园樱花盛开", List.of("吴倩")));
  }

  @Test
  void spacedDatelineAndEditorsCredits() {
    String text = "本报北京5月11日电  （记者 王浩、李晓明）记者从农业农村部获悉，春播进展顺利。\n\n本版责编：张三  王五\n";
    Page page = parser.parse(text, "x.txt", PageHints.none());
    assertThat(page.articles())
        .singleElement()
        .satisfies(a -> assertThat(a.authors()).containsExactly("王浩", "李晓明"));
    assertThat(page.otherBlocks()).extracting(b -> b.type()).containsExactly("credits");
  }

  @Test
  void aHeadlineBeforeTextThatClosesWithItsOwnCreditOpensAnArticle() {
    String text =
        "全国夏粮收购工作有序开展\n\n"
            + "新华社北京6月2日电（记者 于文静）目前全国夏粮收购工作有序开展。\n\n"
            + "有关负责人表示，将加强收购组织。\n\n"
            + "农村公路建设提速\n\n"
            + "今年以来，我市加快推进农村公路建设。\n\n"
            + "下一步，我市将继续完善农村路网。（记者 何平）\n\n"
            + "（责任编辑：赵六）\n";
    Page page = parser.parse(text, "x.txt", PageHints.none());
    assertThat(page.articles())
        .extracting(Article::title, Article::authors)
        .containsExactly(
            Tuple.tuple("全国夏粮收购工作有序开展", List.of("于文静")), Tuple.tuple("农村公路建设提速", List.of("何平")));
    assertThat(page.otherBlocks()).extracting(b -> b.type()).containsExactly("credits");
  }

  @Test
  void aSubheadInsideACreditedArticleStaysASubhead() {
    String text =
        "全国夏粮收购工作有序开展\n\n"
            + "新华社北京6月2日电（记者 于文静）目前全国夏粮收购工作有序开展。\n\n"
            + "收购进度加快\n\n"
            + "有关负责人表示，将加强收购组织。\n";
    Page page = parser.parse(text, "x.txt", PageHints.none());
    assertThat(page.articles())
        .singleElement()
        .satisfies(a -> assertThat(a.subheads()).isNotEmpty());
  }

  @Test
  void aPhotoWithItsCaptionDoesNotSwallowTheNextArticle() {
    String text =
        "夏粮收购有序开展\n\n"
            + "本报讯（记者 于文静）目前全市夏粮收购工作有序开展。\n\n"
            + "图片新闻\n\n"
            + "6月1日，小朋友们在儿童公园参加游园活动。 本报记者 刘洋 摄\n\n"
            + "农村公路建设提速\n\n"
            + "今年以来，我市加快推进农村公路建设。\n";
    Page page = parser.parse(text, "x.txt", PageHints.none());
    assertThat(page.articles()).extracting(Article::title).containsExactly("夏粮收购有序开展", "农村公路建设提速");
    assertThat(page.articles().get(1).paragraphs()).containsExactly("今年以来，我市加快推进农村公路建设。");
    assertThat(page.articles().get(0).images())
        .anySatisfy(i -> assertThat(i.credit()).isEqualTo("本报记者 刘洋 摄"));
  }

  @Test
  void aHeadlineAndBylinePrintedAfterTheirTextBeforeTextThatNamesItsOwnAuthors() {
    Page page =
        parseLines(
            "会议强调，要加快推进乡村振兴",
            "工作，抓好粮食生产，确保全年",
            "目标任务顺利完成。",
            "会议要求，各地各部门要压实责",
            "任，细化措施，推动乡村振兴工",
            "作取得新成效。",
            "乡村振兴工作推进会召开",
            "■ 记者 王五",
            "",
            "本报讯（记者 李四）3月1日，全",
            "市春耕生产现场会召开，会议要",
            "求抓好春耕生产各项工作。",
            "各地要抢抓农时，做好春耕生产",
            "物资保障，确保春耕生产顺利进",
            "行。",
            "春耕生产现场会召开");
    assertThat(page.articles())
        .extracting(Article::title, Article::authors)
        .containsExactly(
            Tuple.tuple("乡村振兴工作推进会召开", List.of("王五")), Tuple.tuple("春耕生产现场会召开", List.of("李四")));
  }

  @Test
  void aHeadlineAfterCreditedTextIsNoSubheadWhenTheTextAfterItClosesWithItsOwnByline() {
    Page page =
        parseLines(
            "本报讯（记者 李四）3月1日，全",
            "市春耕生产现场会召开，会议要",
            "求抓好春耕生产各项工作。",
            "春耕生产现场会召开",
            "",
            "实干才能出实绩，争当干将才能",
            "干出实绩。各级干部要争当干将，",
            "以实干拼出实绩。",
            "争当干将 拼出实绩",
            "■ 本报评论员");
    assertThat(page.articles())
        .extracting(Article::title, Article::authors)
        .containsExactly(
            Tuple.tuple("春耕生产现场会召开", List.of("李四")), Tuple.tuple("争当干将 拼出实绩", List.of("本报评论员")));
  }

  @Test
  void aHeadlineSetUnderItsTextWithABlankLineAfterItClosesThatText() {
    Page page =
        parseLines(
            "本报讯（记者 赵六）3月12日，",
            "全市义务植树活动在城北湿地公",
            "园举行，千余名干部群众参加。",
            "全市义务植树活动举行",
            "",
            "今年以来，我市加快推进农村公",
            "路建设，累计完成投资2亿元。",
            "农村公路建设提速");
    assertThat(page.articles())
        .extracting(Article::title)
        .containsExactly("全市义务植树活动举行", "农村公路建设提速");
  }

  @Test
  void aPageInTraditionalCharacters() {
    Page page =
        parseLines(
            "澳門日報",
            "2025年8月1日 星期五",
            "第A3版",
            "",
            "特區政府推出消費補貼計劃",
            "",
            "本報訊（記者 陳大文）特區政府昨日公布新一輪消費補貼計劃，預計惠及全澳居民。",
            "",
            "有關負責人表示，計劃將於下月正式實施。（下轉第2版）");
    assertThat(page.issue().paper()).isEqualTo("澳門日報");
    assertThat(page.number()).isEqualTo(3);
    assertThat(page.articles())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.title()).isEqualTo("特區政府推出消費補貼計劃");
              assertThat(a.authors()).containsExactly("陳大文");
              assertThat(a.dateline()).isEqualTo("本報訊");
              assertThat(a.continuedOn()).isEqualTo(2);
            });
  }

  /** A page given as its lines, as a column layout prints them. */
  private Page parseLines(String... lines) {
    return parser.parse(String.join("\n", lines) + "\n", "x.txt", PageHints.none());
  }
}
