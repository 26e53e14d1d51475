package com.onecodepass.codeissue.token.control;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Operators' key rotation, run against the key directory all nodes share:
 *
 * <pre>
 * java -cp platform-api.jar:code-issue-api.jar:code-issue-ejb.jar \
 *     com.onecodepass.codeissue.token.control.KeyTool rotate /etc/onecodepass/keys 120
 * </pre>
 *
 * The new key signs after the given delay in seconds (default 120), by which time every node
 * (reloading each minute) and every online verifier has its public key. Old keys keep verifying
 * until their files are removed — do that no earlier than a token lifetime plus grace after the new
 * key took over.
 */
public final class KeyTool {

  private KeyTool() {}

  public static void main(String[] args) {
    if (args.length < 2 || !"rotate".equals(args[0])) {
      System.err.println("usage: KeyTool rotate <key-dir> [activation-delay-seconds]");
      System.exit(2);
    }
    Path dir = Path.of(args[1]);
    long delay = args.length > 2 ? Long.parseLong(args[2]) : 120;
    KeyRing ring = KeyRing.loadFrom(dir).rotate(dir, Duration.ofSeconds(delay));
    SigningKey added = ring.keys().get(0);
    System.out.println("new key " + added.kid() + " signs from " + added.createdAt());
  }
}
