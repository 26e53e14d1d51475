package com.onecodepass.web.access.entity;

import java.io.Serializable;
import java.time.Instant;

/** One staff account as the accounts page lists it (never the password hash). */
public record StaffAccountView(
    String username,
    String displayName,
    String role,
    String districtCode,
    boolean enabled,
    boolean locked,
    Instant lastSignInAt,
    Instant createdAt)
    implements Serializable {}
