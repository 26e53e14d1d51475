package com.onecodepass.codeissue.api.contacts;

import java.time.Instant;
import java.util.List;

/**
 * What one trace found: the period it read, how many visits of the traced people it started from,
 * and the people found (most shared minutes first).
 */
public record ContactReport(
    Instant from, Instant to, int sourceVisits, List<FoundContact> contacts) {}
