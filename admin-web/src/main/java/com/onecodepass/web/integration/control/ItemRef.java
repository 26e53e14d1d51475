package com.onecodepass.web.integration.control;

/** One item of one client's batch: the unit that is applied exactly once. */
public record ItemRef(String clientId, String idempotencyKey, int index) {}
