package com.onecodepass.web.integration.entity;

/** One ride as a transit gate reports it (boarding required, alighting when known). */
public record TripItem(
    String residentId,
    String line,
    String vehicle,
    String boardedAt,
    String boardingStop,
    String alightedAt,
    String alightingStop) {}
