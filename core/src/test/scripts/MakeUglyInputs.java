/*
 * Writes the ugly page inputs of core/src/test/resources/ugly/ (NeverCrashesTest). Deterministic:
 * rerun it after changing it and commit the result.
 *
 *   java core/src/test/scripts/MakeUglyInputs.java core/src/test/resources/ugly
 *
 * The two large inputs (one 2 MB line, 10,000 short lines) are built by the test itself.
 */
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

public class MakeUglyInputs {
  static final String PAGE =
      """
      清溪晚报
      2031年3月5日 星期三
      今日8版

      春耕备耕有序推进
      本报讯（记者 林晓）连日来，全县各地抢抓农时，组织农民开展春耕生产。
      农技人员深入田间地头，指导群众科学施肥、合理用药。
      （下转第2版）

      社区食堂开张
      ■ 周岚
      家门口的食堂让老人吃得放心、吃得舒心。
      图为老人在社区食堂就餐 周岚 摄
      """;

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "core/src/test/resources/ugly");
    Files.createDirectories(dir);
    Random random = new Random(20311124L);
    Charset gbk = Charset.forName("GBK");
    Charset gb18030 = Charset.forName("GB18030");
    byte[] utf8 = PAGE.getBytes(StandardCharsets.UTF_8);

    byte[] noise = new byte[4096];
    random.nextBytes(noise);
    write(dir, "binary-png.bin", concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, noise));
    random.nextBytes(noise);
    write(dir, "random-bytes.bin", noise);
    write(dir, "empty.txt", new byte[0]);
    write(dir, "whitespace-only.txt", " \t\n\u3000\u00a0\r\n   \n\u2003\n".getBytes(StandardCharsets.UTF_8));
    write(dir, "mixed-utf8-then-gbk.txt", concat(utf8, PAGE.getBytes(gbk)));
    write(dir, "truncated-utf8.txt", java.util.Arrays.copyOf(utf8, utf8.length - 2));
    write(dir, "utf16le-bom.txt", concat(new byte[] {(byte) 0xff, (byte) 0xfe}, PAGE.getBytes(StandardCharsets.UTF_16LE)));
    write(dir, "utf16be-bom.txt", concat(new byte[] {(byte) 0xfe, (byte) 0xff}, PAGE.getBytes(StandardCharsets.UTF_16BE)));
    write(dir, "utf8-bom.txt", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, utf8));
    write(dir, "gbk.txt", PAGE.getBytes(gbk));
    // 𠮷 exists only in GB18030's four-byte range, not in GBK.
    write(dir, "gb18030.txt", (PAGE + "𠮷野家今日开业。\n").getBytes(gb18030));
    write(dir, "crlf.txt", PAGE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    write(dir, "cr-only.txt", PAGE.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
    write(
        dir,
        "nbsp-and-full-width-spaces.txt",
        PAGE.replace("本报讯", "\u3000\u3000本报讯").replace(" ", "\u00a0").replace("，", "，\u3000").getBytes(StandardCharsets.UTF_8));
    write(
        dir,
        "stray-control-characters.txt",
        PAGE.replace("春耕", "春\u0001耕").replace("食堂", "食\u001b[0m堂").replace("今日", "\u007f今日\f").getBytes(StandardCharsets.UTF_8));
    write(
        dir,
        "only-headlines.txt",
        "春耕备耕有序推进\n\n社区食堂开张\n\n抢抓农时 不误春光\n夜市烟火气回来了\n\n新能源公交线路开通\n".getBytes(StandardCharsets.UTF_8));
    write(
        dir,
        "only-masthead.txt",
        "清溪晚报\nQINGXI EVENING\n2031年3月5日\n星期三\n农历辛亥年正月廿一\n中共清溪县委机关报\n清溪晚报社出版\n今日8版\n总第5120期\n".getBytes(StandardCharsets.UTF_8));
    write(
        dir,
        "only-bylines-and-jumps.txt",
        "■ 本报评论员\n（下转第2版）\n（上接第1版）\n■\n下转第\n2版）\n■ 周岚 林晓\n".getBytes(StandardCharsets.UTF_8));
    write(
        dir,
        "script-tags.txt",
        ("<html><script>alert('春耕')</script>\n" + PAGE.replace("社区食堂开张", "<b>社区食堂开张</b><script src=\"x.js\"></script>") + "</html>\n").getBytes(StandardCharsets.UTF_8));
    write(dir, "nul-in-middle.txt", concat(utf8, new byte[] {0}, utf8));
    write(dir, "utf8-encoded-surrogate.txt", concat(utf8, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, utf8));
    write(dir, "overlong-utf8.txt", concat(utf8, new byte[] {(byte) 0xc0, (byte) 0xaf}));
    write(dir, "emoji-and-rare-han.txt", (PAGE + "😀👍🏽 𠮷𪚥 é́ \u202e倒序\u202c\n").getBytes(StandardCharsets.UTF_8));
    write(dir, "ascii-only.txt", "QINGXI EVENING\nMarch 5, 2031\n\nSpring sowing under way\nFarmers are busy in the fields.\n".getBytes(StandardCharsets.UTF_8));
    write(dir, "only-punctuation.txt", "■■■■\n（）（）（（（\n——————\n。。。，，，\n“”‘’\n".getBytes(StandardCharsets.UTF_8));
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  static void write(Path dir, String name, byte[] bytes) throws Exception {
    Files.write(dir.resolve(name), bytes);
  }
}
