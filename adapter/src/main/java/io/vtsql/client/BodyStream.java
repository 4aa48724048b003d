package io.vtsql.client;

import static java.util.Objects.requireNonNull;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A response body read at most up to a byte cap, so that an endless or huge body fails with {@link
 * TooLarge} instead of filling the heap; it keeps the first bytes read, which error messages quote.
 */
final class BodyStream extends FilterInputStream {
  private static final int HEAD = 512;

  private final long maxBytes;
  private final byte[] head = new byte[HEAD];
  private int headLength;
  private long count;

  BodyStream(InputStream in, long maxBytes) {
    super(requireNonNull(in, "in"));
    this.maxBytes = maxBytes;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(new byte[] {(byte) b}, 0, 1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      counted(buffer, offset, n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("a response body is parsed, never skipped");
  }

  /** Bytes read so far. */
  long count() {
    return count;
  }

  /** The first bytes of the body as text (at most 512 bytes), for error messages. */
  String head() {
    return new String(Arrays.copyOf(head, headLength), StandardCharsets.UTF_8);
  }

  private void counted(byte[] buffer, int offset, int n) throws IOException {
    int keep = Math.min(n, HEAD - headLength);
    if (keep > 0) {
      System.arraycopy(buffer, offset, head, headLength, keep);
      headLength += keep;
    }
    count += n;
    if (count > maxBytes) {
      throw new TooLarge(maxBytes);
    }
  }

  /** The body grew past the cap; what was read is dropped with the parse that was reading it. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long maxBytes) {
      super("the response body exceeds maxBodyBytes (" + maxBytes + " bytes)");
    }
  }
}
