package baoku.web.view;

import static baoku.web.view.Html.html;

import baoku.archive.PaperSummary;
import java.util.List;

/** The advanced-search form: each field the archive indexes, and what each does. */
public final class AdvancedSearchView {
  public String render(List<PaperSummary> papers) {
    return Layout.page(
        "高级搜索",
        null,
        html(
            """
            <section class="advanced">
            <h1>高级搜索</h1>
            <form action="/search/advanced" method="get" class="advanced-form">
            <fieldset><legend>正文与标题</legend>
            <label for="adv-all">包含全部词语</label><input id="adv-all" name="all" maxlength="100" \
            placeholder="词语用空格隔开">
            <label for="adv-phrase">包含完整短语</label><input id="adv-phrase" name="phrase" maxlength="100">
            <label for="adv-exclude">不包含词语</label><input id="adv-exclude" name="exclude" maxlength="100">
            <label for="adv-title">篇名包含</label><input id="adv-title" name="title" maxlength="100">
            </fieldset>
            <fieldset><legend>范围</legend>
            <label for="adv-paper">报纸</label><select id="adv-paper" name="paper">\
            <option value="">全部报纸</option>{}</select>
            <label for="adv-author">作者</label><input id="adv-author" name="author" maxlength="100">
            <label for="adv-page">版次</label><input id="adv-page" name="page" type="number" min="1" \
            max="9999" inputmode="numeric">
            <label for="adv-genre">体裁</label><select id="adv-genre" name="genre">\
            <option value="">全部体裁</option>{}</select>
            <label for="adv-from">起始日期</label><input id="adv-from" name="from" type="date">
            <label for="adv-to">截止日期</label><input id="adv-to" name="to" type="date">
            </fieldset>
            <p><button type="submit">搜索</button></p>
            </form>
            <p class="note">搜索后，搜索框里会显示等价的搜索式，可以直接修改。\
            版名和栏目尚未建立索引，暂不能按它们搜索。</p>
            </section>
            """,
            papers.stream()
                .map(p -> html("<option value=\"{}\">{}</option>", p.paper(), p.paper())),
            Words.genreNames().stream()
                .map(name -> html("<option value=\"{}\">{}</option>", name, name))));
  }
}
