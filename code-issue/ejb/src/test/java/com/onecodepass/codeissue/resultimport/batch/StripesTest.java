package com.onecodepass.codeissue.resultimport.batch;

import static com.onecodepass.codeissue.resultimport.batch.ResultFileSplitterTest.HEADER;
import static com.onecodepass.codeissue.resultimport.batch.ResultFileSplitterTest.PERSON;
import static com.onecodepass.codeissue.resultimport.batch.ResultFileSplitterTest.TUBE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StripesTest {

  @Test
  void stripesAreDealtInTurnAndReadBack() {
    List<long[]> starts =
        List.of(
            new long[] {0, 0}, new long[] {10, 500}, new long[] {20, 900}, new long[] {31, 1400});
    List<String> shares = Stripes.deal(starts, 2);
    assertThat(shares).containsExactly("0:0:500;20:900:1400", "10:500:900;31:1400:-1");
    assertThat(Stripes.parse(shares.get(1)))
        .containsExactly(new Stripes.Stripe(10, 500, 900), new Stripes.Stripe(31, 1400, -1));
    assertThat(Stripes.deal(List.<long[]>of(new long[] {0, 0}), 2)).containsExactly("0:0:-1");
    assertThat(Stripes.parse(null)).containsExactly(new Stripes.Stripe(0, 0, -1));
  }

  @Test
  void aCheckpointResumesInTheStripeThatHoldsItsOffset() {
    List<Stripes.Stripe> mine = Stripes.parse("0:0:500;20:900:1400");
    assertThat(Stripes.resumeAt(mine, 0)).isZero();
    assertThat(Stripes.resumeAt(mine, 499)).isZero();
    assertThat(Stripes.resumeAt(mine, 500)).as("the first stripe ended").isEqualTo(1);
    assertThat(Stripes.resumeAt(mine, 1000)).isEqualTo(1);
    assertThat(Stripes.resumeAt(mine, 1400)).as("all done").isEqualTo(2);
    assertThat(Stripes.resumeAt(Stripes.parse("10:500:900;31:1400:-1"), 99_999)).isEqualTo(1);
  }

  @Test
  void theRoundsTwoPartitionsEachReadHalfOfTheTubesAndHalfOfTheRetestsAndEndTogether()
      throws IOException {
    // The round's shape: the tubes first, then the retests at the file's end. In one range each,
    // the retests' partition ran alone at the end; dealt in stripes, each partition gets both.
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 0; i < 20_000; i++) {
      text.append(TUBE.formatted(i));
    }
    for (int i = 0; i < 40_000; i++) {
      text.append(PERSON.formatted(i));
    }
    byte[] file = text.toString().getBytes(StandardCharsets.UTF_8);
    ResultFileSplitter.Scanned scanned =
        ResultFileSplitter.scan(new ByteArrayInputStream(file), file.length);
    List<String> shares = Stripes.deal(scanned.starts(64), 2);
    assertThat(shares).hasSize(2);

    List<Long> seen = new ArrayList<>();
    long[] work = new long[2];
    long[] tubes = new long[2];
    long stripeWork = scanned.work() / 64;
    for (int p = 0; p < 2; p++) {
      List<Stripes.Stripe> stripes = Stripes.parse(shares.get(p));
      assertThat(stripes).hasSizeBetween(30, 32);
      for (Stripes.Stripe stripe : stripes) {
        int end = stripe.to() < 0 ? file.length : (int) stripe.to();
        assertThat(stripe.from() == 0 || file[(int) stripe.from() - 1] == '\n')
            .as("a stripe starts at a line")
            .isTrue();
        String[] lines =
            new String(file, (int) stripe.from(), end - (int) stripe.from(), StandardCharsets.UTF_8)
                .split("\n");
        for (int i = 0; i < lines.length; i++) {
          long lineNo = stripe.line() + i + 1;
          if (lineNo == 1) {
            continue; // the header
          }
          seen.add(lineNo);
          work[p] += RowWeight.of(lines[i]);
          tubes[p] += RowWeight.of(lines[i]) == RowWeight.TUBE ? 1 : 0;
        }
      }
    }
    assertThat(seen).as("every line once, with its own number").hasSize(60_000);
    assertThat(seen.stream().distinct().count()).isEqualTo(60_000);
    assertThat(seen.stream().mapToLong(Long::longValue).min().orElseThrow()).isEqualTo(2);
    assertThat(seen.stream().mapToLong(Long::longValue).max().orElseThrow()).isEqualTo(60_001);
    assertThat(work[0] + work[1]).isEqualTo(scanned.work());
    assertThat(Math.abs(work[0] - work[1])).as("within a stripe").isLessThan(2 * stripeWork);
    assertThat(tubes[0]).isBetween(9_000L, 11_000L);
    assertThat(tubes[1]).isBetween(9_000L, 11_000L);
  }
}
