package com.onecodepass.codeissue.api.cases;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A kept tracing run: what was asked, when, by whom, and everyone it found. */
public record TraceRunView(
    long id,
    long caseId,
    ContactKind kind,
    int days,
    int windowMinutes,
    Instant tracedFrom,
    Instant tracedTo,
    int sourceVisits,
    Instant ranAt,
    String ranBy,
    List<TracedPerson> people)
    implements Serializable {}
