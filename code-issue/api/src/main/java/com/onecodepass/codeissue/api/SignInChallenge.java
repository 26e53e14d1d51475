package com.onecodepass.codeissue.api;

import java.time.Instant;

/**
 * A one-time code was sent. {@code demoCode} is filled only by the demo SMS gateway, which has no
 * phone to deliver to and shows the code on screen instead.
 */
public record SignInChallenge(String maskedMobile, Instant expiresAt, String demoCode) {}
