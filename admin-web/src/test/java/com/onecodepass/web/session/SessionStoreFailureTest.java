package com.onecodepass.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.util.concurrent.CompletionException;
import org.infinispan.commons.TimeoutException;
import org.junit.jupiter.api.Test;

class SessionStoreFailureTest {

  @Test
  void aLockTimeoutIsFoundUnderTheContainersWrappers() {
    TimeoutException lock =
        new TimeoutException(
            "ISPN000299: Unable to acquire lock after 15 seconds for key SessionMetaDataKey(x)");
    Throwable wrapped =
        new ServletException(new IllegalStateException(new CompletionException(lock)));
    assertThat(SessionStoreFailure.find(wrapped)).isSameAs(lock);
  }

  @Test
  void otherFailuresAreNotTheSessionStores() {
    assertThat(SessionStoreFailure.find(new ServletException(new NullPointerException()))).isNull();
    assertThat(SessionStoreFailure.find(null)).isNull();
  }

  @Test
  void aCycleOfCausesEnds() {
    Exception a = new Exception("a");
    Exception b = new Exception("b", a);
    a.initCause(b);
    assertThat(SessionStoreFailure.find(b)).isNull();
  }
}
