package dev.pitkit.ghl.client.internal;

import dev.pitkit.ghl.client.error.GhlValidationException;
import dev.pitkit.ghl.client.error.GhlValidationException.Violation;
import dev.pitkit.ghl.invoker.GhlMethod;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.executable.ExecutableValidator;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a call against the spec before it is sent: the constraints the generator put on the
 * method's parameters and on the request body model (Jakarta Validation, Hibernate Validator),
 * plus {@code x-ghl-require-one-of}, {@code x-ghl-together} and {@code x-ghl-range}. A query-map call
 * is checked against its positional twin.
 */
final class RequestValidator {
  /** Booting Hibernate Validator is costly and its validators are thread-safe: one per JVM. */
  static final class Shared {
    /**
     * Hibernate Validator announces its version at INFO on first use ({@code HV000001}); through
     * JBoss Logging's default backend, java.util.logging, that line lands on the stderr of every
     * application. Unless the application set a level for it, that one logger is raised to WARNING
     * (held here: JUL keeps loggers only weakly). Logback or Log4j 2 users keep their own configuration.
     */
    static final Logger VERSION_LOGGER = quiet(Logger.getLogger("org.hibernate.validator.internal.util.Version"));
    static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
        .ignoreXmlConfiguration() // no META-INF/validation.xml lookup and parsing at bootstrap
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    static final ExecutableValidator VALIDATOR = FACTORY.getValidator().forExecutables();
  }

  private static Logger quiet(Logger logger) {
    if (logger.getLevel() == null) {
      logger.setLevel(Level.WARNING);
    }
    return logger;
  }

  /**
   * Checks one call of {@code model}'s method on {@code instance}; a query-map call is checked as
   * its positional twin, with the query values read back from the map.
   *
   * @throws GhlValidationException naming every field that breaks the spec
   */
  void validate(Object instance, MethodModel model, Object[] args) {
    Object[] values = args;
    MethodModel checked = model;
    List<Violation> out = new ArrayList<>();
    if (model.twin() != null) {
      checked = model.twin();
      values = positionalArgs(model.plan(), values, checked.plan(), out);
    }
    RequestPlan plan = checked.plan();
    // Hibernate Validator boots (Shared) on the first call whose arguments could break a constraint:
    // a call with only present @NotNull arguments never pays for it (ConstraintShape says why that is exact)
    if (!out.isEmpty() || checked.constraints().needsValidator(values)) {
      List<String> unconvertible = out.isEmpty() ? List.of() : out.stream().map(Violation::field).toList();
      for (ConstraintViolation<Object> v : Shared.VALIDATOR.validateParameters(instance, plan.method.method(), values)) {
        String field = field(v.getPropertyPath(), plan.method);
        if (!unconvertible.contains(field)) { // "must be an Integer" already says it; not also "must not be null"
          out.add(new Violation(field, message(v)));
        }
      }
    }
    checkPathSegments(plan, values, out);
    OperationInfo op = model.operation();
    if (!op.requireOneOf().isEmpty() || !op.together().isEmpty() || op.rangeFrom() != null) {
      Map<String, Object> byName = byParamName(plan.method, values);
      if (!op.requireOneOf().isEmpty() && op.requireOneOf().stream().allMatch(n -> absent(byName.get(n)))) {
        out.add(new Violation(String.join("|", op.requireOneOf()), op.requireOneOf().size() == 1 ? "must not be empty"
            : "at least one of " + String.join(", ", op.requireOneOf()) + " is required"));
      }
      List<String> given = op.together().stream().filter(n -> !absent(byName.get(n))).toList();
      if (!given.isEmpty() && given.size() < op.together().size()) { // GHL: "must be provided together"
        op.together().stream().filter(n -> !given.contains(n)).forEach(n -> out.add(new Violation(n,
            "is required with " + String.join(", ", given) + " (" + String.join(", ", op.together()) + " go together)")));
      }
      checkRange(op, byName, out);
    }
    if (!out.isEmpty()) {
      out.sort(Comparator.comparing(Violation::field));
      throw new GhlValidationException(op.operationId(), out);
    }
  }

  /**
   * Not given: null, a blank string (GHL answers "Either of ... is required" to {@code calendarId=}), a
   * list of none but those ({@code attachmentUrls}) or an empty map (no {@code files}).
   */
  private static boolean absent(Object value) {
    return value == null || value instanceof String s && s.isBlank()
        || value instanceof java.util.Collection<?> c && c.stream().allMatch(RequestValidator::absent)
        || value instanceof Map<?, ?> m && m.isEmpty();
  }

  /**
   * {@code x-ghl-range}: the end not before the start, and at most {@code maxDays} after it; checked
   * when both ends are given and neither broke a rule of its own (seconds for milliseconds).
   */
  private static void checkRange(OperationInfo op, Map<String, Object> byName, List<Violation> out) {
    if (op.rangeFrom() == null || !(byName.get(op.rangeFrom()) instanceof Long from)
        || !(byName.get(op.rangeTo()) instanceof Long to)
        || out.stream().anyMatch(v -> v.field().equals(op.rangeFrom()) || v.field().equals(op.rangeTo()))) {
      return;
    }
    if (to < from) {
      out.add(new Violation(op.rangeTo(), "must not be before " + op.rangeFrom()));
    } else if (op.rangeMaxDays() > 0 && to - from > op.rangeMaxDays() * 86_400_000L) {
      java.time.Duration span = java.time.Duration.ofMillis(to - from);
      boolean byAnHour = to - from <= op.rangeMaxDays() * 86_400_000L + 3_600_000L;
      out.add(new Violation(op.rangeTo(), "must be at most " + op.rangeMaxDays() + " days of 24 hours after "
          + op.rangeFrom() + " (was " + span.toDays() + " days " + span.toHoursPart() + " h " + span.toMinutesPart()
          + " min" + (byAnHour ? "; a range across a daylight-saving change is an hour longer than its calendar days)"
              : ")")));
    }
  }

  /**
   * A path parameter is one segment: empty would hit another endpoint ({@code getContact("")} is
   * {@code GET /contacts/}, the list), and {@code .} or {@code ..} would climb the path. Slashes
   * are safe: the client percent-encodes them ({@code decodeSlash(false)}).
   */
  private static void checkPathSegments(RequestPlan plan, Object[] values, List<Violation> out) {
    for (int i : plan.pathArgs) {
      String problem = i < values.length && values[i] instanceof String v ? pathSegmentProblem(v) : null; // null: @NotNull's
      if (problem != null) {
        out.add(new Violation(plan.method.paramName(i), problem));
      }
    }
  }

  /** What is wrong with {@code value} as a path segment, or null (here and for a raw request's path values). */
  static String pathSegmentProblem(String value) {
    if (value.isBlank()) {
      return "must not be empty or blank (it is a path segment)";
    }
    return value.equals(".") || value.equals("..") ? "must not be '.' or '..' (it is a path segment)" : null;
  }

  /** Method node dropped; the request body parameter is called "body"; {@code body.customFields[1].id}. */
  private static String field(Path path, GhlMethod method) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node node : path) {
      switch (node.getKind()) {
        case METHOD -> { }
        case PARAMETER -> {
          int i = node.as(Path.ParameterNode.class).getParameterIndex();
          String name = method.paramName(i);
          sb.append(name != null ? name : "body");
        }
        default -> {
          if (node.isInIterable()) { // the index or key is the previous node's: body.customFields[1].id
            sb.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey() != null ? node.getKey() : "").append(']');
          }
          String name = node.getName();
          if (name != null && !name.startsWith("<")) { // "<list element>": the element itself, already indexed
            sb.append(sb.length() > 0 ? "." : "").append(name);
          }
        }
      }
    }
    return sb.toString();
  }

  /** The spec's floor for an epoch-milliseconds time (March 1973): a time in seconds falls below it. */
  private static final long EPOCH_MILLIS_FLOOR = 100_000_000_000L;

  /** The spec's {@code pattern} of a date ({@code YYYY-MM-DD}); {@code SpecDatePatternsTest} holds the spec to it. */
  static final String DATE = "^\\d{4}-\\d{2}-\\d{2}$";
  /** The spec's {@code pattern} of an ISO-8601 date-time with its offset (held to it as {@link #DATE}). */
  static final String DATE_TIME = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$";

  /** What the spec's common {@code pattern}s ask for, in the words a violation gives instead of the expression. */
  private static final Map<String, String> PATTERNS_IN_WORDS = Map.of(
      DATE, "must be a date written YYYY-MM-DD (LocalDate.toString())",
      DATE_TIME, "must be an ISO-8601 date-time with its offset, like 2026-04-29T16:00:00+02:00 or ...Z for UTC"
          + " (OffsetDateTime.toString(); ZonedDateTime.toString() appends the zone's name)",
      "^\\d+$", "must be a whole number written as a string, like \"10\"",
      "^(true|false)$", "must be \"true\" or \"false\"");

  /**
   * The validator's message, said in words where it would quote one of the spec's common patterns, and
   * with the unit where a {@code @Min} is the epoch-milliseconds floor.
   */
  private static String message(ConstraintViolation<Object> v) {
    java.lang.annotation.Annotation a = v.getConstraintDescriptor().getAnnotation();
    String inWords = a instanceof jakarta.validation.constraints.Pattern p ? PATTERNS_IN_WORDS.get(p.regexp()) : null;
    if (inWords != null) {
      return inWords;
    }
    return v.getMessage() + (a instanceof jakarta.validation.constraints.Min min && min.value() == EPOCH_MILLIS_FLOOR
        ? " (epoch milliseconds: a time in seconds is 1,000 times too small)" : "");
  }

  /**
   * The query-map call's arguments laid out as its positional twin's: path parameters and the body
   * as given, query parameters read back from the map. The map is keyed by wire name (e.g.
   * {@code location_id}), which is not always the parameter's name ({@code locationId}): the
   * {@code @RequestLine} pairs them. Values are URL-encoded strings; they are decoded and converted
   * to the parameter's type so that {@code @Min} and friends see what the server will see.
   */
  private static Object[] positionalArgs(RequestPlan qm, Object[] args, RequestPlan twin, List<Violation> out) {
    int qmIndex = qm.method.queryMapIndex();
    Map<String, Object> given = new HashMap<>();
    Object body = null;
    for (int i = 0; i < args.length && i < qm.method.parameterCount(); i++) {
      if (qm.method.paramName(i) != null) {
        given.put(qm.method.paramName(i), args[i]);
      } else if (i != qmIndex) {
        body = args[i];
      }
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> query = args[qmIndex] instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    Map<String, String> wireNames = twin.wireNames;
    for (String key : query.keySet()) { // a misspelt key would go out as it is, and the server ignore it
      if (key != null && !wireNames.containsKey(key) && !wireNames.containsValue(key)
          && !wireNames.containsValue(RequestPlan.encode(key, true))) {
        out.add(new Violation(key, "is not a query parameter of " + qm.method.operationId() + " ("
            + String.join(", ", new java.util.TreeSet<>(wireNames.values()))
            + "); one the spec does not have is sent with GhlClient.rawRequest"));
      }
    }
    Class<?>[] types = twin.method.method().getParameterTypes(); // reflection: QueryParams calls only
    Object[] values = new Object[types.length];
    for (int i = 0; i < values.length; i++) {
      String name = twin.method.paramName(i);
      if (name == null) {
        values[i] = body;
      } else if (given.containsKey(name)) {
        values[i] = given.get(name);
      } else {
        String wire = wireNames.getOrDefault(name, name);
        Object raw = query.get(wire);
        if (raw == null && !wire.equals(name) && query.get(name) != null) { // it would go out under the Java name
          out.add(new Violation(name, "is sent as '" + wire + "' (a QueryParams key is sent as given: use the setter "
              + name + "(...) or put(\"" + wire + "\", ...))"));
        }
        if (raw != null) {
          values[i] = convert(raw, types[i], name, out);
        }
      }
    }
    return values;
  }

  private static Object convert(Object raw, Class<?> type, String name, List<Violation> out) {
    if (type.isInstance(raw) && !(raw instanceof String)) {
      return raw; // e.g. a List from encodeCollection
    }
    if (raw instanceof java.util.Collection<?> || type == List.class) {
      return null; // collections carry no constraints the validator could check here
    }
    String v = URLDecoder.decode(String.valueOf(raw), StandardCharsets.UTF_8);
    try {
      if (type == String.class) {
        return v;
      } else if (type == Long.class) {
        return Long.valueOf(v);
      } else if (type == Integer.class) {
        return Integer.valueOf(v);
      } else if (type == Boolean.class) {
        return Boolean.valueOf(v);
      } else if (type == BigDecimal.class) {
        return new BigDecimal(v);
      } else if (type.isEnum()) {
        return enumValue(type, v);
      }
      return null; // other types carry no constraints the validator could check here
    } catch (IllegalArgumentException e) { // NumberFormatException included
      out.add(new Violation(name, "must be of type " + type.getSimpleName() + ", was '" + v + "'"));
      return null;
    }
  }

  /** The generator's {@code fromValue(String)} (wire value), else the constant's name. */
  private static Object enumValue(Class<?> type, String v) {
    try {
      return type.getMethod("fromValue", String.class).invoke(null, v);
    } catch (ReflectiveOperationException e) {
      for (Object c : type.getEnumConstants()) {
        if (((Enum<?>) c).name().equals(v)) {
          return c;
        }
      }
      throw new IllegalArgumentException(v);
    }
  }

  private static Map<String, Object> byParamName(GhlMethod method, Object[] args) {
    Map<String, Object> out = new HashMap<>();
    for (int i = 0; i < method.parameterCount() && i < args.length; i++) {
      if (method.paramName(i) != null) {
        out.put(method.paramName(i), args[i]);
      } else if (args[i] instanceof Map<?, ?> map) {
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
      }
    }
    return out;
  }
}
