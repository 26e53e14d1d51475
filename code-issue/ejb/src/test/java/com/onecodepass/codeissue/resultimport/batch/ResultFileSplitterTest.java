package com.onecodepass.codeissue.resultimport.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultFileSplitterTest {

  static final String HEADER = "lab,resident_id,tube,sample_time,result\n";
  static final String TUBE = "西安市第一检测中心,,RD%07d,2026-12-07T08:00:00+08:00,阴性\n";
  static final String PERSON = "西安市第一检测中心,610113199001%06d,,2026-12-07T08:00:00+08:00,NEGATIVE\n";

  @Test
  void aTubeRowWeighsTenAPersonThreeABlankLineNothing() {
    assertThat(RowWeight.of("lab,,RD0000001,2026-12-07T08:00:00+08:00,阴性")).isEqualTo(10);
    assertThat(RowWeight.of("lab,610113199001010012,,2026-12-07T08:00:00+08:00,NEGATIVE"))
        .isEqualTo(3);
    assertThat(RowWeight.of("  \r")).isZero();
    assertThat(RowWeight.of("")).isZero();
    assertThat(RowWeight.of("garbage")).isEqualTo(3);
    assertThat(RowWeight.of("a,")).isEqualTo(3);
  }

  @Test
  void theScanWeighsTheFileAsTheReaderWeighsItsLines() throws IOException {
    String file = HEADER + TUBE.formatted(1) + "\n" + PERSON.formatted(1) + "x,,y"; // no last \n
    long expected = 0;
    String[] lines = file.split("\n", -1);
    for (int i = 1; i < lines.length; i++) {
      expected += RowWeight.of(lines[i]);
    }
    assertThat(expected).isEqualTo(10 + 3 + 10);
    assertThat(scan(file).work()).isEqualTo(expected);
  }

  @Test
  void partsHoldEqualWorkNotEqualBytes() throws IOException {
    // The round's shape: the tubes first, then twice as many people retested (rows of similar
    // length), so by bytes the tubes are a third of the file but by work most of it.
    StringBuilder file = new StringBuilder(HEADER);
    for (int i = 0; i < 20_000; i++) {
      file.append(TUBE.formatted(i));
    }
    for (int i = 0; i < 40_000; i++) {
      file.append(PERSON.formatted(i));
    }
    ResultFileSplitter.Scanned scanned = scan(file.toString());
    assertThat(scanned.work()).isEqualTo(20_000 * 10 + 40_000 * 3);

    List<long[]> starts = scanned.starts(2);
    assertThat(starts).hasSize(2);
    long secondLine = starts.get(1)[0];
    long offset = starts.get(1)[1];
    byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(bytes[(int) offset - 1]).as("a part starts at a line").isEqualTo((byte) '\n');
    // Half the work (160,000) is 16,000 tubes in: within one sample of there.
    long tubesBefore = secondLine - 1;
    assertThat(tubesBefore).isBetween(16_000L, 16_000L + 1_000);
    assertThat(new String(bytes, 0, (int) offset, StandardCharsets.UTF_8).split("\n"))
        .hasSize((int) secondLine);
  }

  @Test
  void aSmallFileIsOnePart() throws IOException {
    ResultFileSplitter.Scanned scanned = scan(HEADER + PERSON.formatted(7));
    assertThat(scanned.work()).isEqualTo(3);
    assertThat(scanned.starts(1))
        .singleElement()
        .satisfies(s -> assertThat(s).containsExactly(0, 0));
    assertThat(scanned.starts(2)).hasSize(1);
  }

  private static ResultFileSplitter.Scanned scan(String file) throws IOException {
    byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
    return ResultFileSplitter.scan(new ByteArrayInputStream(bytes), bytes.length);
  }
}
