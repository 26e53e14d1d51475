package com.onecodepass.web.integration.entity;

import java.time.Instant;

/** A published risk area and its effective period ({@code effectiveUntil} null: open-ended). */
public record RiskAreaView(
    String id,
    String districtCode,
    String name,
    String level,
    Instant effectiveFrom,
    Instant effectiveUntil) {}
