package baoku.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small crawl folder of articles written for the tests, in the crawl's own file layout. */
final class CrawlFixture {
  private CrawlFixture() {}

  static final String OPENING = "本报北京1月4日电\u00A0\u00A0（记者张明、李红）";

  static Path write(Path root) throws IOException {
    article(
        root,
        "2020年1月/20200105/20200105-01-01.txt",
        "全市冬季农业生产现场会召开——",
        "抓好冬春田间管理 夯实全年丰收基础",
        "",
        OPENING + "全市冬季农业生产现场会4日召开，会议部署冬春田间管理工作。",
        "会议要求，各地要加强小麦苗情监测，及时做好防冻保苗。",
        "会议强调，要抓好农资供应，保障春耕生产顺利开展，确保全年粮食稳产增产。",
        "各区县农业部门负责同志参加会议。");
    article(
        root,
        "2020年1月/20200105/20200105-01-02.txt",
        "",
        "城东新区三所学校建成投用",
        "",
        "新学期开学前，城东新区三所新建学校全部建成投用，新增学位四千余个。",
        "三所学校均按照省级标准建设，配有图书馆、实验室和运动场。");
    article(
        root,
        "2020年1月/20200106/20200106-02-01.txt",
        "",
        "地铁三号线完成全线铺轨",
        "",
        "本报讯（记者 王刚）地铁三号线日前完成全线铺轨，进入设备安装调试阶段。",
        "三号线全长二十八公里，设车站二十座，计划明年年底开通运营。");
    article(
        root,
        "2020年2月/20200203/20200203-01-01.txt",
        "",
        "春运返程客流平稳有序",
        "",
        "本报讯（记者 赵静）春运返程客流高峰期间，全市各车站运行平稳有序。",
        "铁路部门加开临时列车，方便旅客出行。");
    // A held-out month: never read. Its bytes are not even UTF-8, so opening it would show.
    Path heldOut = root.resolve("2019年2月/20190201/20190201-01-01.txt");
    Files.createDirectories(heldOut.getParent());
    Files.write(heldOut, new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3});
    return root;
  }

  private static void article(Path root, String name, String... lines) throws IOException {
    Path file = root.resolve(name);
    Files.createDirectories(file.getParent());
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      text.append(i < 3 ? "" : "\u3000\u3000").append(lines[i]).append('\n');
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
