package dev.pitkit.ghl.client.pagination;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a dotted JSON path ({@code meta.startAfterId}) from a decoded model by its JSON property
 * names, the names the spec uses, through Jackson's own view of the class. Accessors are looked
 * up once per class.
 */
final class BeanPaths {
  private final ObjectMapper mapper;
  private final Map<Class<?>, Map<String, AnnotatedMember>> accessors = new ConcurrentHashMap<>();

  BeanPaths(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The value at {@code dottedPath} in {@code root} ({@code root} itself for an empty path), or null. */
  Object read(Object root, String dottedPath) {
    Object current = root;
    for (String name : dottedPath.isEmpty() ? new String[0] : dottedPath.split("\\.")) {
      if (current == null) {
        return null;
      }
      if (current instanceof Map<?, ?> map) {
        current = map.get(name);
        continue;
      }
      AnnotatedMember m = accessors.computeIfAbsent(current.getClass(), this::introspect).get(name);
      if (m == null) {
        return null;
      }
      current = m.getValue(current);
    }
    return current;
  }

  /** The annotation {@code type} on the accessor of {@code owner}'s JSON property {@code name}, or null. */
  <A extends Annotation> A annotation(Class<?> owner, String name, Class<A> type) {
    AnnotatedMember m = accessors.computeIfAbsent(owner, this::introspect).get(name);
    return m == null ? null : m.getAnnotation(type);
  }

  private Map<String, AnnotatedMember> introspect(Class<?> type) {
    BeanDescription d = mapper.getSerializationConfig().introspect(mapper.constructType(type));
    Map<String, AnnotatedMember> out = new HashMap<>();
    for (BeanPropertyDefinition p : d.findProperties()) {
      AnnotatedMember a = p.getAccessor();
      if (a != null) {
        a.fixAccess(true);
        out.put(p.getName(), a);
      }
    }
    return out;
  }
}
