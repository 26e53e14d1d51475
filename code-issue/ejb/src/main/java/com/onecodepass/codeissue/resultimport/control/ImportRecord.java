package com.onecodepass.codeissue.resultimport.control;

import java.time.Instant;

/**
 * A result_import row as stored. {@code workTotal} and {@code workDone} count the file's lines by
 * what they cost to load (RowWeight), the loading bar's measure.
 */
public record ImportRecord(
    long id,
    String fileName,
    String uploadedBy,
    String districtCode,
    String status,
    long sizeBytes,
    int parts,
    Long executionId,
    long rowsRead,
    long rowsWritten,
    long resultsStored,
    long rowsSkipped,
    long bytesRead,
    long peopleAffected,
    long peopleRecoloured,
    long coloursChanged,
    Instant createdAt,
    Instant runStartedAt,
    long runRowsBase,
    long runBytesBase,
    Instant endedAt,
    Instant updatedAt,
    long workTotal,
    long workDone,
    long runWorkBase) {}
