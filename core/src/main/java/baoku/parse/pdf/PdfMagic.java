package baoku.parse.pdf;

/** Tells a PDF by its content: the {@code %PDF-} header, which may follow a little junk. */
public final class PdfMagic {
  /** Readers accept the header anywhere in the first kilobyte; so do we. */
  private static final int SEARCH = 1024;

  private static final byte[] HEADER = {'%', 'P', 'D', 'F', '-'};

  private PdfMagic() {}

  public static boolean isPdf(byte[] bytes) {
    int end = Math.min(bytes.length, SEARCH) - HEADER.length;
    for (int i = 0; i <= end; i++) {
      if (matches(bytes, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(byte[] bytes, int at) {
    for (int k = 0; k < HEADER.length; k++) {
      if (bytes[at + k] != HEADER[k]) {
        return false;
      }
    }
    return true;
  }
}
