package com.onecodepass.triprecord.tracing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.triprecord.api.tracing.TraceRequest;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class TraceFormTest {

  @Test
  void contactsAreSplitOnCommasFullWidthCommasAndSpacesOnceEachAndTheDefaultsApply() {
    TraceForm form = TraceForm.parse(new TraceRequest(" 7 ", "12，13, 12 14", null, ""));
    assertThat(form.caseId()).isEqualTo(7L);
    assertThat(form.contacts()).containsExactly(12L, 13L, 14L);
    assertThat(form.days()).isEqualTo(Duration.ofDays(TraceRequest.DEFAULT_DAYS));
    assertThat(form.window()).isEqualTo(Duration.ofMinutes(TraceRequest.DEFAULT_WINDOW));
  }

  @Test
  void anythingNotANumberIsRefusedNotDropped() {
    assertThat(refusal(new TraceRequest(null, "12,abc", null, null)))
        .isEqualTo("tracing.contacts.invalid");
    assertThat(refusal(new TraceRequest("0", null, null, null))).isEqualTo("tracing.case.invalid");
    assertThat(refusal(new TraceRequest("1", null, "x", null))).isEqualTo("tracing.days");
  }

  @Test
  void tooManyContactsAndBoundsOutOfRangeAreRefused() {
    String many =
        LongStream.rangeClosed(1, 501).mapToObj(Long::toString).collect(Collectors.joining(","));
    assertThat(refusal(new TraceRequest(null, many, null, null)))
        .isEqualTo("tracing.contacts.tooMany");
    assertThat(refusal(new TraceRequest("1", null, "61", null))).isEqualTo("tracing.days");
    assertThat(refusal(new TraceRequest("1", null, null, "721"))).isEqualTo("tracing.window");
  }

  @Test
  void nothingTypedIsAnEmptyRequest() {
    assertThat(new TraceRequest(" ", null, "14", "30").isEmpty()).isTrue();
    assertThat(new TraceRequest(null, "5", null, null).isEmpty()).isFalse();
  }

  private static String refusal(TraceRequest typed) {
    Throwable thrown = catchThrowable(() -> TraceForm.parse(typed));
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    return ((InvalidInputException) thrown).messageKey();
  }
}
