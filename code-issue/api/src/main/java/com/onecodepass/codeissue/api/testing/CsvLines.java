package com.onecodepass.codeissue.api.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a UTF-8 file line by line and knows the byte offset after each line, so a reader can
 * checkpoint (line number, offset) and resume by skipping bytes instead of re-reading lines. LF and
 * CRLF endings; a BOM at the start of the file is dropped. A line longer than {@code maxBytes} is
 * returned cut off (the caller rejects it) while its remaining bytes are still consumed.
 */
public final class CsvLines implements AutoCloseable {

  private final InputStream in;
  private final int maxBytes;
  private final byte[] buffer = new byte[64 * 1024];
  private int pos;
  private int limit;
  private long offset;
  private long lineNo;
  private byte[] line = new byte[256];

  /**
   * @param in the file, positioned at {@code offset}
   * @param offset bytes already consumed (0 at the start)
   * @param lineNo lines already consumed
   */
  public CsvLines(InputStream in, long offset, long lineNo, int maxBytes) {
    this.in = in;
    this.offset = offset;
    this.lineNo = lineNo;
    this.maxBytes = maxBytes;
  }

  /** The next line without its ending, or null at the end of the file. */
  public String next() throws IOException {
    int length = 0;
    boolean any = false;
    while (true) {
      if (pos == limit && !fill()) {
        if (!any) {
          return null;
        }
        break;
      }
      any = true;
      byte b = buffer[pos++];
      offset++;
      if (b == '\n') {
        break;
      }
      if (length < maxBytes + 1) {
        if (length == line.length) {
          line = Arrays.copyOf(line, line.length * 2);
        }
        line[length++] = b;
      }
    }
    lineNo++;
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    int start = hasBom(length) ? 3 : 0;
    return new String(line, start, length - start, StandardCharsets.UTF_8);
  }

  private boolean hasBom(int length) {
    return lineNo == 1
        && length >= 3
        && line[0] == (byte) 0xEF
        && line[1] == (byte) 0xBB
        && line[2] == (byte) 0xBF;
  }

  /** Lines consumed so far: the number of the line last returned. */
  public long lineNo() {
    return lineNo;
  }

  /** Bytes consumed so far: where the next line starts. */
  public long offset() {
    return offset;
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    if (n <= 0) {
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
