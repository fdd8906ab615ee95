package baoku.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Makes hostile variants of good inputs, reproducibly: each variant is a few edits (bits flipped,
 * ranges cut, repeated or spliced in from another input, tokens a page or a PDF gives meaning to
 * dropped in, the end cut off) drawn from one seeded {@link Random}. No variant exceeds {@code
 * maxBytes}, so a run's memory stays bounded whatever it draws.
 */
public final class ByteMutator {
  /** Pieces the page and PDF readers look for: line breaks, cues, PDF syntax, bad encodings. */
  private static final List<byte[]> TOKENS =
      List.of(
          bytes("\n"),
          bytes("\r\n"),
          bytes("\n\n\n"),
          bytes("（下转第2版）"),
          bytes("（上接第1版）"),
          bytes("■ 记者 "),
          bytes("本报讯"),
          bytes("第０１版"),
          bytes("２０２４年９月１６日"),
          bytes("乐山日报"),
          bytes("\u0000"),
          bytes("\uFEFF"),
          new byte[] {(byte) 0xFF, (byte) 0xFE},
          new byte[] {(byte) 0xE4, (byte) 0xB8},
          new byte[] {(byte) 0x81, (byte) 0x30, (byte) 0x81},
          bytes("%%EOF"),
          bytes("endobj"),
          bytes("1 0 obj <<"),
          bytes(">>"),
          bytes("stream\n"),
          bytes("endstream"),
          bytes("/Length 999999999"),
          bytes("/Kids [1 0 R]"),
          bytes("xref\n0 1\n"),
          bytes("trailer << /Root 1 0 R >>"),
          bytes("((((((((((((((((((((((((((((((((((((((((((((((((((("));

  private final Random random;
  private final int maxBytes;
  private final boolean text;

  private ByteMutator(long seed, int maxBytes, boolean text) {
    this.random = new Random(seed);
    this.maxBytes = maxBytes;
    this.text = text;
  }

  /** Variants of any bytes, binary ones included. */
  public static ByteMutator ofBytes(long seed, int maxBytes) {
    return new ByteMutator(seed, maxBytes, false);
  }

  /**
   * Variants of UTF-8 text that mostly stay text (three in four are mended to valid UTF-8), so that
   * they reach the parser rather than its decoder's refusal.
   */
  public static ByteMutator ofText(long seed, int maxBytes) {
    return new ByteMutator(seed, maxBytes, true);
  }

  /** One variant of {@code input}, with pieces of {@code other} perhaps spliced in. */
  public byte[] mutate(byte[] input, byte[] other) {
    byte[] out = input;
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits; i++) {
      out = edit(out, other);
      if (out.length > maxBytes) {
        out = Arrays.copyOf(out, maxBytes);
      }
    }
    if (text && random.nextInt(4) != 0) {
      out = new String(out, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
    }
    return out;
  }

  private byte[] edit(byte[] in, byte[] other) {
    if (in.length == 0) {
      return TOKENS.get(random.nextInt(TOKENS.size())).clone();
    }
    int at = random.nextInt(in.length);
    int span = 1 + random.nextInt(Math.min(in.length - at, 1 + random.nextInt(4096)));
    return switch (random.nextInt(7)) {
      case 0 -> flipBits(in);
      case 1 -> concat(Arrays.copyOf(in, at), Arrays.copyOfRange(in, at + span, in.length));
      case 2 -> insert(in, at, Arrays.copyOfRange(in, at, at + span), 1 + random.nextInt(8));
      case 3 -> insert(in, at, TOKENS.get(random.nextInt(TOKENS.size())), 1 + random.nextInt(3));
      case 4 -> {
        int from = random.nextInt(Math.max(1, other.length));
        int length = Math.min(other.length - from, 1 + random.nextInt(8192));
        yield insert(in, at, Arrays.copyOfRange(other, from, from + Math.max(0, length)), 1);
      }
      case 5 -> Arrays.copyOf(in, at);
      default -> overwrite(in, at, TOKENS.get(random.nextInt(TOKENS.size())));
    };
  }

  private byte[] flipBits(byte[] in) {
    byte[] out = in.clone();
    int flips = 1 + random.nextInt(16);
    for (int i = 0; i < flips; i++) {
      out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
    }
    return out;
  }

  private byte[] insert(byte[] in, int at, byte[] piece, int times) {
    long size = in.length + (long) piece.length * times;
    byte[] out = new byte[(int) Math.min(size, maxBytes + (long) piece.length)];
    System.arraycopy(in, 0, out, 0, Math.min(at, out.length));
    int pos = at;
    for (int i = 0; i < times && pos + piece.length <= out.length; i++, pos += piece.length) {
      System.arraycopy(piece, 0, out, pos, piece.length);
    }
    int rest = Math.min(in.length - at, out.length - pos);
    System.arraycopy(in, at, out, pos, Math.max(0, rest));
    return Arrays.copyOf(out, pos + Math.max(0, rest));
  }

  private static byte[] overwrite(byte[] in, int at, byte[] piece) {
    byte[] out = in.clone();
    System.arraycopy(piece, 0, out, at, Math.min(piece.length, out.length - at));
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
