package com.onecodepass.codeissue.api.citizen;

import java.io.Serializable;
import java.time.Instant;

/**
 * A one-time code was sent. {@code demoCode} is filled only by the demo SMS gateway, which has no
 * phone to deliver to and shows the code on screen instead. Serializable: the sign-in page keeps it
 * in its view state, which is part of the replicated web session in a cluster.
 */
public record SignInChallenge(String maskedMobile, Instant expiresAt, String demoCode)
    implements Serializable {}
