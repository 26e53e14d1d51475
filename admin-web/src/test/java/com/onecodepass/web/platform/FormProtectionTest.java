package com.onecodepass.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.web.citizen.credential.FormTokenField;
import com.onecodepass.web.citizen.credential.StatelessFormGuard;
import jakarta.servlet.annotation.WebFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * CSRF by construction: state changes go through JSF postbacks, whose server-side view state is a
 * per-session secret. A stateless (transient) view's view state is not, so such a page must not
 * hold a form; and a plain HTML POST form (other than the container's sign-in) would carry no
 * secret at all.
 */
class FormProtectionTest {

  private static final Path PAGES = Path.of("src/main/webapp");
  private static final Pattern POST_FORM =
      Pattern.compile("<form\\b[^>]*method=\"post\"[^>]*>", Pattern.CASE_INSENSITIVE);

  /**
   * A transient (stateless) view has no view state to act as its CSRF token: its forms must carry
   * the browser-bound form token (FormTokenField, added to every form of a transient view) that
   * StatelessFormGuard checks on every *.xhtml post.
   */
  @Test
  void everyTransientPostbackFormIsGuardedByTheFormToken() throws IOException {
    List<Path> stateless =
        pages().stream()
            .filter(p -> read(p).contains("transient=\"true\"") && read(p).contains("<h:form"))
            .toList();
    assertThat(stateless).isNotEmpty();
    assertThat(read(PAGES.resolve("WEB-INF/faces-config.xml")))
        .contains(FormTokenField.Adder.class.getName());
    assertThat(StatelessFormGuard.class.getAnnotation(WebFilter.class).urlPatterns())
        .containsExactly("*.xhtml");
  }

  @Test
  void noPlainPostFormButTheSignIn() throws IOException {
    List<Path> pages = pages();
    assertThat(pages).hasSizeGreaterThan(10);
    assertThat(pages).filteredOn(FormProtectionTest::hasUnprotectedPostForm).isEmpty();
  }

  private static boolean hasUnprotectedPostForm(Path page) {
    Matcher form = POST_FORM.matcher(read(page));
    while (form.find()) {
      // Staff sign-in, and the citizen's sign-out: a cross-site post carries no SameSite=Lax
      // credential cookie, so nobody can be signed out from another site.
      if (!form.group().contains("action=\"j_security_check\"")
          && !form.group().contains("/api/v1/me/sign-out\"")) {
        return true;
      }
    }
    return false;
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(PAGES)) {
      return files.filter(p -> p.toString().endsWith(".xhtml")).toList();
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
