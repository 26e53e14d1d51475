package com.onecodepass.web.integration.entity;

/**
 * One reported result: for a person (resident ID) or a pooled tube (barcode). Fields stay text so
 * that one bad item is rejected on its own instead of failing the whole batch.
 */
public record TestResultItem(
    String residentId,
    String tubeBarcode,
    String outcome,
    String sampleTime,
    String resultTime,
    String lab) {}
