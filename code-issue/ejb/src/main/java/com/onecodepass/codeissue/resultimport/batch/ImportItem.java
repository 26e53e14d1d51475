package com.onecodepass.codeissue.resultimport.batch;

import com.onecodepass.codeissue.api.testing.ResultRow;
import java.io.Serializable;

/** A valid row and, for a person, the blind index of their resident ID. */
record ImportItem(ResultRow row, byte[] residentIndex, String raw) implements Serializable {}
