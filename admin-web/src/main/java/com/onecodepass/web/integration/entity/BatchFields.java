package com.onecodepass.web.integration.entity;

/**
 * What an edge calls a batch's idempotency key and its list of items (REST: the {@code
 * Idempotency-Key} header and {@code results}; SOAP: {@code idempotencyKey} and {@code result}), so
 * that a refusal's {@code field} names a property of the caller's own contract.
 */
public record BatchFields(String idempotencyKey, String items) {}
