package com.onecodepass.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RollupWindowTest {

  @Test
  void theFirstRunOnlyRemembersTheHorizon() {
    RollupWindow.Step step = new RollupWindow(0, 0).step(500, 1000);
    assertThat(step.isEmpty()).isTrue();
    assertThat(step.next()).isEqualTo(new RollupWindow(0, 500));
  }

  @Test
  void aRunCountsUpToWhatThePreviousRunSawNotWhatExistsNow() {
    RollupWindow.Step step = new RollupWindow(100, 250).step(400, 1000);
    assertThat(step.fromExclusive()).isEqualTo(100);
    assertThat(step.toInclusive()).isEqualTo(250);
    assertThat(step.next()).isEqualTo(new RollupWindow(250, 400));
  }

  @Test
  void consecutiveRunsCountEveryIdExactlyOnce() {
    RollupWindow w = new RollupWindow(0, 0);
    long counted = 0;
    long[] maxima = {10, 10, 35, 36, 36, 90};
    for (long max : maxima) {
      RollupWindow.Step s = w.step(max, 1000);
      assertThat(s.fromExclusive()).isEqualTo(w.doneId());
      counted += s.toInclusive() - s.fromExclusive();
      w = s.next();
    }
    assertThat(w.doneId()).isEqualTo(36);
    assertThat(counted).isEqualTo(36);
  }

  @Test
  void aBacklogIsWorkedOffInBatchesWithoutMovingTheHorizon() {
    RollupWindow.Step first = new RollupWindow(0, 2500).step(9000, 1000);
    assertThat(first.toInclusive()).isEqualTo(1000);
    assertThat(first.next()).isEqualTo(new RollupWindow(1000, 2500));
    RollupWindow.Step third = new RollupWindow(2000, 2500).step(9000, 1000);
    assertThat(third.toInclusive()).isEqualTo(2500);
    assertThat(third.next()).isEqualTo(new RollupWindow(2500, 9000));
  }

  @Test
  void aShrunkenTableNeverMovesTheWatermarkBack() {
    RollupWindow.Step step = new RollupWindow(300, 300).step(0, 1000);
    assertThat(step.isEmpty()).isTrue();
    assertThat(step.next()).isEqualTo(new RollupWindow(300, 300));
  }
}
