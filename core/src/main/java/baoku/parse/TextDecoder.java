package baoku.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a page file into text. Pages reach an archive as UTF-8 (with or without a
 * byte-order mark), as GB18030/GBK from older systems, or as UTF-16 with a byte-order mark. Every
 * decode is strict: a file that is none of these is refused with its reason, never read as
 * mojibake.
 */
public final class TextDecoder {
  /** Larger than any printed page's text by two orders of magnitude. */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset GB2312 = Charset.forName("GB2312");

  public String decode(byte[] bytes, String source) throws PageInputException {
    if (bytes.length == 0) {
      throw new PageInputException(source, "empty file");
    }
    if (bytes.length > MAX_BYTES) {
      throw new PageInputException(
          source, "too large for one page (" + bytes.length + " bytes, limit " + MAX_BYTES + ")");
    }
    String text = decodeByBom(bytes, source);
    if (text == null) {
      text = decodeWithoutBom(bytes, source);
    }
    if (text.isBlank()) {
      throw new PageInputException(source, "empty file (only white space)");
    }
    return text;
  }

  private String decodeByBom(byte[] b, String source) throws PageInputException {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return strictUtf8(b, 3, source);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return strict(b, 2, StandardCharsets.UTF_16LE, source, "UTF-16LE");
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return strict(b, 2, StandardCharsets.UTF_16BE, source, "UTF-16BE");
    }
    return null;
  }

  private String decodeWithoutBom(byte[] b, String source) throws PageInputException {
    if (looksBinary(b)) {
      throw new PageInputException(source, "binary data, not page text");
    }
    String utf8 = tryDecode(b, 0, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return utf8;
    }
    int valid = validUtf8Prefix(b);
    if (valid >= b.length - 3
        && valid > 0
        && tryDecode(b, 0, valid, StandardCharsets.UTF_8) != null
        && (b[valid] & 0xC0) == 0xC0) {
      throw new PageInputException(source, "truncated: the file ends inside a UTF-8 character");
    }
    String gb = tryDecode(b, 0, GB18030);
    if (gb != null && isPlausibleChinese(gb)) {
      return gb;
    }
    if (valid > b.length / 8) {
      throw new PageInputException(
          source,
          "mixed or broken encoding: valid UTF-8 up to byte " + valid + ", then invalid bytes");
    }
    throw new PageInputException(source, "unknown encoding: not UTF-8, GB18030/GBK or UTF-16");
  }

  private static String strictUtf8(byte[] b, int offset, String source) throws PageInputException {
    return strict(b, offset, StandardCharsets.UTF_8, source, "UTF-8");
  }

  private static String strict(byte[] b, int offset, Charset cs, String source, String name)
      throws PageInputException {
    String text = tryDecode(b, offset, cs);
    if (text == null) {
      throw new PageInputException(source, "invalid " + name + " after its byte-order mark");
    }
    return text;
  }

  private static String tryDecode(byte[] b, int offset, Charset cs) {
    return tryDecode(b, offset, b.length, cs);
  }

  private static String tryDecode(byte[] b, int offset, int end, Charset cs) {
    CharsetDecoder decoder =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(b, offset, end - offset));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Length of the longest prefix of {@code b} made of whole, well-formed UTF-8 sequences. */
  static int validUtf8Prefix(byte[] b) {
    int i = 0;
    while (i < b.length) {
      int lead = b[i] & 0xff;
      int n =
          lead < 0x80 ? 1 : lead >= 0xC2 && lead < 0xE0 ? 2 : lead >= 0xE0 && lead < 0xF0 ? 3 : 0;
      if (lead >= 0xF0 && lead < 0xF5) {
        n = 4;
      }
      if (n == 0 || i + n > b.length) {
        return i;
      }
      for (int k = 1; k < n; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += n;
    }
    return i;
  }

  /** NUL bytes or many control bytes: an image, an archive, a PDF stream, not text. */
  private static boolean looksBinary(byte[] b) {
    int sample = Math.min(b.length, 8192);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int c = b[i] & 0xff;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return control > sample / 20;
  }

  /**
   * GB18030 decodes almost any byte sequence, so a successful decode proves little. Chinese page
   * text is dominated by the 3,755 common characters of GB2312 level 1; random bytes and misdecoded
   * UTF-8 are not.
   */
  private static boolean isPlausibleChinese(String text) {
    CharsetEncoderHolder gb = new CharsetEncoderHolder();
    int han = 0;
    int common = 0;
    for (int i = 0; i < text.length() && han < 4000; i++) {
      char c = text.charAt(i);
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        han++;
        if (gb.isLevelOne(c)) {
          common++;
        }
      }
    }
    return han == 0 ? asciiOnly(text) : common >= han * 0.6;
  }

  private static boolean asciiOnly(String text) {
    return text.chars().allMatch(c -> c < 0x80);
  }

  /** Encodes one character to GB2312 to test whether it lies in level 1 (rows 0xB0–0xD7). */
  private static final class CharsetEncoderHolder {
    private final java.nio.charset.CharsetEncoder encoder = GB2312.newEncoder();

    boolean isLevelOne(char c) {
      if (!encoder.canEncode(c)) {
        return false;
      }
      try {
        ByteBuffer out = encoder.encode(CharBuffer.wrap(new char[] {c}));
        int hi = out.get(0) & 0xff;
        return hi >= 0xB0 && hi <= 0xD7;
      } catch (CharacterCodingException e) {
        return false;
      }
    }
  }
}
