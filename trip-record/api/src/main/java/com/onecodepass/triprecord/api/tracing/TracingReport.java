package com.onecodepass.triprecord.api.tracing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The result of a tracing run: who, over which period, with which window, and what was found. */
public record TracingReport(
    List<Long> sources,
    Instant from,
    Instant to,
    Duration window,
    int sourceVisits,
    List<Companion> companions) {}
