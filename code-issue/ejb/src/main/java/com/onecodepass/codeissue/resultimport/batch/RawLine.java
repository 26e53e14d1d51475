package com.onecodepass.codeissue.resultimport.batch;

import java.io.Serializable;

/** One non-blank line of the file, as read. */
record RawLine(long lineNo, String text) implements Serializable {}
