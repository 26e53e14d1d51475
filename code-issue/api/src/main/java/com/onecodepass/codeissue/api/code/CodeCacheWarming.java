package com.onecodepass.codeissue.api.code;

import jakarta.ejb.Local;

/**
 * Loads people's code states into the cache before they ask: after a restart or a redeploy (a lone
 * node loses its cache), before a testing round whose import must update cached codes, or to
 * measure that case. Operators only (admin-web's /health/warm-codes, monitoring network).
 */
@Local
public interface CodeCacheWarming {

  /**
   * Loads up to {@code max} people with ids from {@code fromId} on (one transaction, grouped
   * reads).
   *
   * @return the next id to continue from, or -1 when there is nobody left
   */
  long warm(long fromId, int max);
}
