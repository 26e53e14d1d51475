package com.onecodepass.web.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.locks.LockSupport;

/**
 * Refusing a body that is too large ends with the connection closed; closing it with unread bytes
 * makes the kernel reset it, and a client still sending then loses the refusal ("no bytes" instead
 * of the answer; seen in ResultImportPageIT and the generated REST client's contract test). Reading
 * what the client is still sending first, as nginx's lingering close does, lets it read the answer.
 * Only bytes that have arrived are read, never waited for: a client that announced a body and waits
 * for the answer before sending it (IntegratorRestIT's "refused before it is read") gets it after a
 * pause of {@link #IDLE_NANOS}; a body beyond 32 MB or two seconds is cut off as before.
 */
public final class LingeringClose {

  static final long MAX_BYTES = 32L * 1024 * 1024;
  private static final long MAX_NANOS = 2_000_000_000L;
  static final long IDLE_NANOS = 50_000_000L;
  private static final long PAUSE_NANOS = 1_000_000L;

  private LingeringClose() {}

  /** Reads and discards what the client sends, until it pauses, 32 MB or two seconds. */
  public static void drain(HttpServletRequest req) {
    long start = System.nanoTime();
    long lastData = start;
    byte[] buffer = new byte[64 * 1024];
    long read = 0;
    try {
      InputStream in = req.getInputStream();
      while (read < MAX_BYTES) {
        long now = System.nanoTime();
        if (now - start > MAX_NANOS || now - lastData > IDLE_NANOS) {
          return;
        }
        int ready = in.available();
        if (ready <= 0) {
          LockSupport.parkNanos(PAUSE_NANOS);
          continue;
        }
        int n = in.read(buffer, 0, Math.min(ready, buffer.length));
        if (n < 0) {
          return;
        }
        read += n;
        lastData = System.nanoTime();
      }
    } catch (IOException | IllegalStateException e) {
      // The client went away or the body was already taken: nothing left to protect.
    }
  }
}
