package com.onecodepass.codeissue.token.control;

import java.security.PublicKey;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Signatures already found valid, for tokens that are scanned again and again: a venue poster's
 * token is the same bytes for ten years, and verifying its Ed25519 signature was a quarter of a
 * check-in's CPU (JFR, docs/PERFORMANCE.md). Only a valid signature is remembered, under the exact
 * payload and signature bytes and the key object that verified it, so a forged or altered token is
 * always verified in full, and a key taken out of the ring stops matching (the ring is asked for
 * the key before this is). The key is compared by value, not identity: the ring is re-read every
 * minute as new objects, and by identity every poster was verified again each minute — rarely
 * enough that Bouncy Castle's verification stayed interpreted, at ~11 % of a check-in's CPU (JFR,
 * docs/PERFORMANCE.md). Bounded: when full it starts over.
 */
public final class VerifiedSignatures {

  private final int capacity;
  private final Map<Signed, PublicKey> valid = new ConcurrentHashMap<>();
  private final LongAdder verifiedInFull = new LongAdder();

  public VerifiedSignatures(int capacity) {
    this.capacity = capacity;
  }

  private record Signed(byte[] payload, byte[] signature, int hash) {
    Signed(byte[] payload, byte[] signature) {
      this(payload, signature, 31 * Arrays.hashCode(payload) + Arrays.hashCode(signature));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Signed s
          && Arrays.equals(payload, s.payload)
          && Arrays.equals(signature, s.signature);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  boolean verify(PublicKey key, byte[] payload, byte[] signature) {
    Signed signed = new Signed(payload, signature);
    PublicKey known = valid.get(signed);
    if (known == key || key.equals(known)) {
      return true;
    }
    verifiedInFull.increment();
    if (!FastEd25519.verify(key, payload, signature)) {
      return false;
    }
    if (valid.size() >= capacity) {
      valid.clear();
    }
    valid.put(signed, key);
    return true;
  }

  /** Signatures verified with Ed25519 (not answered from memory) since start. */
  long verifiedInFull() {
    return verifiedInFull.sum();
  }

  int size() {
    return valid.size();
  }
}
