package com.onecodepass.codeissue.resultimport.batch;

/**
 * What a line of a result file costs to load, for the progress bar and for splitting a file into
 * partitions of equal work: a pooled tube's row (empty resident ID: the first comma is followed by
 * another) becomes a result for each of its ten members, a person's row one result but its own
 * blind index and look-up, a blank line nothing. The weights are measured, not counted results: in
 * the city's whole round (1 M tubes, then 500,000 retests; both partitions in the same region of
 * the file at once, see ResultFileSplitter) a tube's row took 196 µs and a person's 56 µs, so 3
 * against 10. Read from the raw bytes, without parsing, so the splitter's pass over the whole file
 * stays a scan; a quoted lab name holding a comma may be misjudged, which moves the bar, not the
 * results.
 */
final class RowWeight {

  /** A pooled tube's row: the ten results of a standard 10-in-1 tube. */
  static final int TUBE = 10;

  /** A person's row (or a line that is neither: it is parsed and rejected). */
  static final int PERSON = 3;

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
      int weight = blank ? 0 : commas == 2 ? TUBE : PERSON;
      blank = true;
      afterFirstComma = false;
      commas = 0;
      return weight;
    }
  }
}
