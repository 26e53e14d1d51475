package com.onecodepass.codeissue.resultimport.batch;

/**
 * What a line of a result file costs to load, for the progress bar and for splitting a file into
 * partitions of equal work: a pooled tube's row (empty resident ID: the first comma is followed by
 * another) becomes a result for each of its members, a person's row one result, a blank line
 * nothing. Read from the raw bytes, without parsing, so the splitter's pass over the whole file
 * stays a scan; a quoted lab name holding a comma may be misjudged, which moves the bar, not the
 * results.
 */
final class RowWeight {

  /** The members of the standard 10-in-1 pooled tube. */
  static final int TUBE = 10;

  private RowWeight() {}

  /** The weight of one line (without its line break). */
  static int of(String line) {
    Scan scan = new Scan();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      scan.next(c < 128 ? (byte) c : (byte) 'x');
    }
    return scan.end();
  }

  /**
   * The weight of a line fed byte by byte: {@link #next} for each byte before the line break, then
   * {@link #end}, which also makes the scan ready for the next line.
   */
  static final class Scan {
    private boolean blank = true;
    private boolean afterFirstComma;
    private int commas;

    void next(byte b) {
      if (b != ' ' && b != '\t' && b != '\r') {
        blank = false;
      }
      if (commas == 1 && !afterFirstComma) {
        afterFirstComma = true;
        commas = b == ',' ? 2 : 1;
        return;
      }
      if (b == ',' && commas == 0) {
        commas = 1;
      }
    }

    int end() {
      int weight = blank ? 0 : commas == 2 ? TUBE : 1;
      blank = true;
      afterFirstComma = false;
      commas = 0;
      return weight;
    }
  }
}
