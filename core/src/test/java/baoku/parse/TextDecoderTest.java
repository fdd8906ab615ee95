package baoku.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every path through the decoder: each encoding it accepts, each reason it refuses. */
class TextDecoderTest {
  private static final String TEXT = "清溪晚报\n本报讯（记者 林晓）连日来，全县各地抢抓农时。\n";
  private final TextDecoder decoder = new TextDecoder();

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private String decode(byte[] input) throws PageInputException {
    return decoder.decode(input, "page.txt");
  }

  private void assertRefused(byte[] input, String reason) {
    assertThatThrownBy(() -> decode(input))
        .isInstanceOf(PageInputException.class)
        .hasMessageStartingWith("page.txt: ")
        .hasMessageContaining(reason)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void utf8WithoutByteOrderMark() throws Exception {
    assertThat(decode(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
  }

  @Test
  void utf8WithByteOrderMarkDropsTheMark() throws Exception {
    byte[] input = concat(bytes(0xEF, 0xBB, 0xBF), TEXT.getBytes(StandardCharsets.UTF_8));
    assertThat(decode(input)).isEqualTo(TEXT);
  }

  @Test
  void utf16LittleEndianWithByteOrderMark() throws Exception {
    byte[] input = concat(bytes(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE));
    assertThat(decode(input)).isEqualTo(TEXT);
  }

  @Test
  void utf16BigEndianWithByteOrderMark() throws Exception {
    byte[] input = concat(bytes(0xFE, 0xFF), TEXT.getBytes(StandardCharsets.UTF_16BE));
    assertThat(decode(input)).isEqualTo(TEXT);
  }

  @Test
  void gbk() throws Exception {
    assertThat(decode(TEXT.getBytes(Charset.forName("GBK")))).isEqualTo(TEXT);
  }

  @Test
  void gb18030WithACharacterBeyondGbk() throws Exception {
    String text = TEXT + "𠮷野家今日开业，门口排起长队。\n";
    assertThat(decode(text.getBytes(Charset.forName("GB18030")))).isEqualTo(text);
  }

  @Test
  void asciiOnly() throws Exception {
    assertThat(decode("QINGXI EVENING\r\nMarch 5\r\n".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("QINGXI EVENING\r\nMarch 5\r\n");
  }

  @Test
  void keepsLineEndsAndSpacesAsTheyCome() throws Exception {
    String text = "清溪晚报\r本报讯\u3000林晓\u00a0摄\r\n";
    assertThat(decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
  }

  @Test
  void refusesAnEmptyFile() {
    assertRefused(new byte[0], "empty file");
  }

  @Test
  void refusesWhiteSpaceOnly() {
    assertRefused(" \n\t\u3000\r\n".getBytes(StandardCharsets.UTF_8), "only white space");
  }

  @Test
  void refusesAFileLargerThanAnyPage() {
    assertRefused(new byte[TextDecoder.MAX_BYTES + 1], "too large");
  }

  @Test
  void refusesBinaryData() {
    assertRefused(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13), "binary");
  }

  @Test
  void refusesTextWithANulInTheMiddle() {
    byte[] half = TEXT.getBytes(StandardCharsets.UTF_8);
    assertRefused(concat(half, bytes(0), half), "binary");
  }

  @Test
  void refusesUtf16WithoutByteOrderMark() {
    assertRefused(TEXT.getBytes(StandardCharsets.UTF_16LE), "binary");
  }

  @Test
  void refusesUtf8CutInsideACharacter() {
    byte[] whole = TEXT.replace("\n", "").getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);
    assertRefused(cut, "truncated");
  }

  @Test
  void refusesUtf8FollowedByGbk() {
    byte[] input =
        concat(TEXT.getBytes(StandardCharsets.UTF_8), TEXT.getBytes(Charset.forName("GBK")));
    assertRefused(input, "mixed or broken encoding");
  }

  @Test
  void refusesInvalidBytesAfterAUtf8ByteOrderMark() {
    assertRefused(concat(bytes(0xEF, 0xBB, 0xBF), TEXT.getBytes(Charset.forName("GBK"))), "UTF-8");
  }

  @Test
  void refusesAnUnpairedSurrogateAfterAUtf16ByteOrderMark() {
    assertRefused(bytes(0xFF, 0xFE, 0x00, 0xD8, 'a', 0), "UTF-16LE");
  }

  @Test
  void refusesRandomBytes() {
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    assertThatThrownBy(() -> decode(noise)).isInstanceOf(PageInputException.class);
  }

  @Test
  void refusesHighBytesThatAreNeitherUtf8NorPlausibleChinese() {
    byte[] latin1 =
        "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e, na\u00efve fa\u00e7ade"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertRefused(latin1, "encoding");
  }
}
