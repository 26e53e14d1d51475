package com.onecodepass.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Session- and view-scoped beans live in the web session, which the cluster replicates to a second
 * node (`<distributable/>`): everything they hold must be serializable, or replication (and
 * passivation) fails at the end of the request and a failover loses the officer's page. Checked
 * here for every such bean, through its fields' types and their type arguments, so a new bean
 * holding a plain DTO fails the build instead of the cluster.
 */
class ReplicatedStateTest {

  @Test
  void everythingASessionOrViewScopedBeanHoldsIsSerializable() throws Exception {
    List<Class<?>> beans = new ArrayList<>();
    for (Class<?> c : classes()) {
      if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)) {
        beans.add(c);
      }
    }
    assertThat(beans).as("the scan finds the beans").hasSizeGreaterThan(5);
    List<String> problems = new ArrayList<>();
    for (Class<?> bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName() + " is not Serializable");
      }
      check(bean, bean.getSimpleName(), problems, new HashSet<>());
    }
    assertThat(problems).isEmpty();
  }

  private static void check(Class<?> type, String path, List<String> problems, Set<Type> seen) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        int mod = f.getModifiers();
        if (Modifier.isStatic(mod)
            || Modifier.isTransient(mod)
            || f.isAnnotationPresent(Inject.class)
            || f.isAnnotationPresent(EJB.class)
            || f.isSynthetic()) {
          continue; // injected references are serializable container proxies
        }
        checkType(f.getGenericType(), path + "." + f.getName(), problems, seen);
      }
    }
  }

  private static void checkType(Type t, String path, List<String> problems, Set<Type> seen) {
    if (!seen.add(t)) {
      return;
    }
    if (t instanceof ParameterizedType p) {
      checkType(p.getRawType(), path, problems, seen);
      for (Type arg : p.getActualTypeArguments()) {
        checkType(arg, path + "<>", problems, seen);
      }
    } else if (t instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        checkType(bound, path, problems, seen);
      }
    } else if (t instanceof Class<?> c) {
      if (c.isPrimitive() || c.isEnum() || c.isInterface() || c == Object.class) {
        return; // interfaces (List, Map) are checked through their type arguments
      }
      if (c.isArray()) {
        checkType(c.getComponentType(), path + "[]", problems, seen);
        return;
      }
      if (!Serializable.class.isAssignableFrom(c)) {
        problems.add(path + ": " + c.getName() + " is not Serializable");
      } else if (c.getName().startsWith("com.onecodepass")) {
        check(c, path, problems, seen);
      }
    }
  }

  private static List<Class<?>> classes() throws IOException, ClassNotFoundException {
    Path root = Path.of("target/classes");
    List<Class<?>> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
        found.add(Class.forName(name, false, ReplicatedStateTest.class.getClassLoader()));
      }
    }
    return found;
  }
}
