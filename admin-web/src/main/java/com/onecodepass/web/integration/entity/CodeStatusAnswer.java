package com.onecodepass.web.integration.entity;

import java.time.Instant;

/** A person's code colour for another platform: colour, since when, the reason's category. */
public record CodeStatusAnswer(
    String colour,
    Instant colourSince,
    String reasonCategory,
    String maskedName,
    String maskedResidentId) {}
