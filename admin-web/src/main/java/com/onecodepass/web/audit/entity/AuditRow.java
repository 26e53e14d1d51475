package com.onecodepass.web.audit.entity;

import java.io.Serializable;
import java.time.Instant;

/** One audit entry as the viewer lists it (the hashes stay in the table). */
public record AuditRow(
    long id,
    Instant at,
    String actor,
    String role,
    String districtCode,
    String action,
    String target,
    String reason,
    String clientAddress)
    implements Serializable {}
