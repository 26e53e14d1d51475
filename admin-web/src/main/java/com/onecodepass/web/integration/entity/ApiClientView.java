package com.onecodepass.web.integration.entity;

import java.io.Serializable;
import java.time.Instant;

/** An integrator client as the city admin sees it (never the secret or its hash). */
public record ApiClientView(
    String clientId,
    String displayName,
    String scopes,
    int requestsPerSecond,
    boolean enabled,
    Instant createdAt,
    Instant secretRotatedAt)
    implements Serializable {}
