package com.onecodepass.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Behind the balancer the direct peer is the balancer: an audit entry or a per-address limit that
 * reads it names the balancer for everyone. So the peer is read in {@link ClientAddress} only,
 * which believes {@code X-Forwarded-For} from our own balancers alone.
 */
class ClientAddressOnlyTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final String ALLOWED = "ClientAddress.java";

  @Test
  void noCodeButClientAddressReadsThePeerAddress() throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertThat(sources).hasSizeGreaterThan(100);
    assertThat(sources)
        .filteredOn(p -> !p.getFileName().toString().equals(ALLOWED))
        .filteredOn(p -> read(p).contains("getRemoteAddr"))
        .isEmpty();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
