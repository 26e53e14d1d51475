package com.onecodepass.triprecord.checkin.control;

import com.onecodepass.triprecord.checkin.entity.CheckIn;

/**
 * A check-in waiting for its group's commit. {@code oncePerVisit}: a venue scan, which repeats the
 * same person's check-in at the same venue within the last five minutes instead of adding a row; a
 * transit ride is only deduplicated by its key.
 */
public record PendingCheckIn(CheckIn row, boolean oncePerVisit) {}
