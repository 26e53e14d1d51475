package com.onecodepass.web.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refusing a body that is too large ends with the connection closed; closing it with unread bytes
 * makes the kernel reset it, and a client still sending then loses the refusal ("no bytes" instead
 * of the answer; seen in ResultImportPageIT and the generated REST client's contract test). Reading
 * a bounded amount first, as nginx's lingering close does, lets an ordinary client read the answer;
 * a body beyond the bound, or one that trickles in, is cut off as before.
 */
public final class LingeringClose {

  static final long MAX_BYTES = 32L * 1024 * 1024;
  private static final long MAX_NANOS = 2_000_000_000L;

  private LingeringClose() {}

  /** Reads and discards up to 32 MB of the request body for at most two seconds. */
  public static void drain(HttpServletRequest req) {
    long deadline = System.nanoTime() + MAX_NANOS;
    byte[] buffer = new byte[64 * 1024];
    long read = 0;
    try {
      InputStream in = req.getInputStream();
      for (int n; read < MAX_BYTES && System.nanoTime() < deadline && (n = in.read(buffer)) > 0; ) {
        read += n;
      }
    } catch (IOException | IllegalStateException e) {
      // The client went away or the body was already taken: nothing left to protect.
    }
  }
}
