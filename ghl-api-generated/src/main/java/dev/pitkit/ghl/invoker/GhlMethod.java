package dev.pitkit.ghl.invoker;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * One generated API method as data: what its annotations say ({@code @GhlOperation},
 * {@code @RequestLine}, {@code @Headers}, {@code @Param}, its parameters' constraints), written by
 * the generator into its interface's implementation ({@code ContactsApiImpl}). A call then needs no
 * reflection on the interface, which would load every model class its methods name, and no
 * annotation parsing. For the client's use: applications call the interfaces.
 *
 * <p>Built once per method, when its implementation class is initialised; immutable. The Java types
 * of the answer and the body are resolved on first use ({@link #returnType()}, {@link #bodyType()}),
 * so that only the called method's models are loaded.
 */
public final class GhlMethod {
  /** A parameter flag: the parameter is {@code @NotNull}. */
  public static final int NOT_NULL = 1;
  /** A parameter flag: a constraint checked only on a present argument ({@code @Size}, {@code @Pattern}, {@code @Valid}, ...). */
  public static final int CHECKED = 2;

  /**
   * The answer and body types of one implementation's methods, by method name (a {@code QueryParams}
   * overload has its positional method's): generated code, each type built when first asked for.
   */
  public interface Types {
    /** The generic return type of {@code method}. */
    Type returnType(String method);

    /** The generic type of {@code method}'s request body parameter. */
    Type bodyType(String method);
  }

  private final Class<?> api;
  private final String name;
  private final String operationId;
  private final String httpMethod;
  private final String path;
  private final String token;
  private final String version;
  private final List<String> requireOneOf;
  private final List<String> together;
  private final Range range;
  private final String requestLine;
  private final List<String> headers;
  private final String[] paramNames;
  private final String[] paramTypes;
  private final int[] paramFlags;
  private final long[] maxBytes;
  private final int queryMapIndex;
  private final int bodyIndex;
  private final GhlMethod twin;
  private final Types types;
  private final String configKey;
  private volatile Type returnType;
  private volatile Type bodyType;
  private volatile Method method;

  private GhlMethod(Builder b) {
    this(b.api, b.name, b.operationId, b.httpMethod, b.path, b.token, b.version, b.requireOneOf, b.together, b.range,
        b.requestLine,
        b.headers, b.names.toArray(new String[0]), b.types.toArray(new String[0]), b.flags(), b.maxBytes(),
        b.queryMapIndex, b.bodyIndex, b.twin, b.typeSource);
  }

  private GhlMethod(Class<?> api, String name, String operationId, String httpMethod, String path, String token,
      String version, List<String> requireOneOf, List<String> together, Range range, String requestLine,
      List<String> headers, String[] paramNames, String[] paramTypes, int[] paramFlags, long[] maxBytes, int queryMapIndex,
      int bodyIndex, GhlMethod twin, Types types) {
    this.api = api;
    this.name = name;
    this.operationId = operationId;
    this.httpMethod = httpMethod;
    this.path = path;
    this.token = token;
    this.version = version;
    this.requireOneOf = requireOneOf;
    this.together = together;
    this.range = range;
    this.requestLine = requestLine;
    this.headers = headers;
    this.paramNames = paramNames;
    this.paramTypes = paramTypes;
    this.paramFlags = paramFlags;
    this.maxBytes = maxBytes;
    this.queryMapIndex = queryMapIndex;
    this.bodyIndex = bodyIndex;
    this.twin = twin;
    this.types = types;
    StringBuilder key = new StringBuilder(api.getSimpleName()).append('#').append(name).append('(');
    for (int i = 0; i < paramTypes.length; i++) {
      String t = paramTypes[i];
      int generic = t.indexOf('<');
      key.append(i == 0 ? "" : ",").append(generic < 0 ? t : t.substring(0, generic));
    }
    this.configKey = key.append(')').toString();
  }

  /**
   * The {@code WithHttpInfo} form of this method (named {@code <name>WithHttpInfo}, everything else
   * the same), whose {@code QueryParams} twin is {@code twin} (null for a positional method).
   */
  public GhlMethod withHttpInfo(GhlMethod twin) {
    return new GhlMethod(api, name + "WithHttpInfo", operationId, httpMethod, path, token, version, requireOneOf, together,
        range, requestLine, headers, paramNames, paramTypes, paramFlags, maxBytes, queryMapIndex, bodyIndex, twin, types);
  }

  /** A builder for the method {@code name} of the generated interface {@code api}. */
  public static Builder builder(Class<?> api, String name, Types types) {
    return new Builder(api, name, types);
  }

  /** The generated interface. */
  public Class<?> api() {
    return api;
  }

  /** The method's name ({@code getContact}, {@code getContactWithHttpInfo}). */
  public String name() {
    return name;
  }

  /** Feign's name of the method: {@code ContactsApi#getContact(String)}. */
  public String configKey() {
    return configKey;
  }

  /** The spec's operationId. */
  public String operationId() {
    return operationId;
  }

  /** The HTTP method, upper case. */
  public String httpMethod() {
    return httpMethod;
  }

  /** The path template, e.g. {@code /highlevel-pit/contacts/{contactId}}. */
  public String path() {
    return path;
  }

  /** The spec's {@code x-ghl-token}: {@code agency}, {@code sub-account} or {@code maton}. */
  public String token() {
    return token;
  }

  /** The spec's {@code x-ghl-version}, empty for none. */
  public String version() {
    return version;
  }

  /** The spec's {@code x-ghl-require-one-of}: parameter names of which one must be given. */
  public List<String> requireOneOf() {
    return requireOneOf;
  }

  /** The spec's {@code x-ghl-together}: parameter names given all or none; empty for no such rule. */
  public List<String> together() {
    return together;
  }

  /** The spec's {@code x-ghl-range} start parameter, or null when the operation has none. */
  public String rangeFrom() {
    return range == null ? null : range.from;
  }

  /** The spec's {@code x-ghl-range} end parameter, or null. */
  public String rangeTo() {
    return range == null ? null : range.to;
  }

  /** The spec's {@code x-ghl-range} longest range in days; 0 for no limit or no range. */
  public int rangeMaxDays() {
    return range == null ? 0 : range.maxDays;
  }

  /** An {@code x-ghl-range}. */
  private record Range(String from, String to, int maxDays) {}

  /** The {@code @RequestLine} template: {@code GET /path/{id}?name={param}}. */
  public String requestLine() {
    return requestLine;
  }

  /** The {@code @Headers}, each {@code Name: value}. */
  public List<String> headers() {
    return headers;
  }

  /** The number of parameters. */
  public int parameterCount() {
    return paramNames.length;
  }

  /** The {@code @Param} name of parameter {@code i}; null for the request body and the query map. */
  public String paramName(int i) {
    return paramNames[i];
  }

  /** The index of the parameter whose {@code @Param} name is {@code name}, or -1. */
  public int paramIndex(String name) {
    for (int i = 0; i < paramNames.length; i++) {
      if (name.equals(paramNames[i])) {
        return i;
      }
    }
    return -1;
  }

  /** {@link #NOT_NULL} and {@link #CHECKED} of parameter {@code i}. */
  public int paramFlags(int i) {
    return paramFlags[i];
  }

  /** The largest file parameter {@code i} takes ({@code x-ghl-max-bytes}), 0 for no limit. */
  public long maxBytes(int i) {
    return maxBytes[i];
  }

  /** The index of the {@code QueryParams} map parameter, -1 for none. */
  public int queryMapIndex() {
    return queryMapIndex;
  }

  /** The index of the request body parameter, -1 for none. */
  public int bodyIndex() {
    return bodyIndex;
  }

  /** For a {@code QueryParams} overload, the positional method of the same operation and return form; else null. */
  public GhlMethod twin() {
    return twin;
  }

  /** The generic return type (loads its classes on the first call). */
  public Type returnType() {
    Type t = returnType;
    if (t == null) { // a race only builds an equal type twice
      returnType = t = types.returnType(name);
    }
    return t;
  }

  /** The generic type of the request body, or null when the method has none. */
  public Type bodyType() {
    if (bodyIndex < 0) {
      return null;
    }
    Type t = bodyType;
    if (t == null) {
      bodyType = t = types.bodyType(name);
    }
    return t;
  }

  /**
   * The interface's method, found by reflection on first use: for Jakarta Validation, which
   * validates a {@link Method}'s parameters. Reflection loads every class the interface's methods
   * name, so only calls that need it ask.
   */
  public Method method() {
    Method m = method;
    if (m == null) {
      for (Method candidate : api.getMethods()) {
        if (candidate.getName().equals(name) && candidate.getParameterCount() == paramTypes.length
            && configKeyOf(candidate).equals(configKey)) {
          method = m = candidate;
          break;
        }
      }
      if (m == null) {
        throw new IllegalStateException(configKey + " is not a method of " + api.getName());
      }
    }
    return m;
  }

  private String configKeyOf(Method m) {
    StringBuilder key = new StringBuilder(api.getSimpleName()).append('#').append(m.getName()).append('(');
    Class<?>[] types = m.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      key.append(i == 0 ? "" : ",").append(types[i].getSimpleName());
    }
    return key.append(')').toString();
  }

  @Override
  public String toString() {
    return configKey;
  }

  /**
   * The type {@code raw<args>} (e.g. {@code ApiResponse<ContactResponse>}), equal to the JDK's own
   * for the same declaration: what a generated {@code Types} returns for a {@code WithHttpInfo}
   * method, built from its plain method's type instead of a class per method.
   */
  public static ParameterizedType parameterized(Class<?> raw, Type... args) {
    return new Parameterized(raw, args.clone());
  }

  /** A top-level generic type; equals and hashCode as {@link ParameterizedType} specifies and the JDK computes them. */
  private record Parameterized(Class<?> raw, Type[] args) implements ParameterizedType {
    @Override
    public Type[] getActualTypeArguments() {
      return args.clone();
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public Type getOwnerType() {
      return raw.getDeclaringClass();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ParameterizedType p && raw.equals(p.getRawType())
          && Objects.equals(getOwnerType(), p.getOwnerType()) && Arrays.equals(args, p.getActualTypeArguments());
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(args) ^ Objects.hashCode(getOwnerType()) ^ raw.hashCode();
    }

    @Override
    public String toString() {
      StringJoiner j = new StringJoiner(", ", raw.getName() + "<", ">");
      for (Type a : args) {
        j.add(a.getTypeName());
      }
      return j.toString();
    }
  }

  /** Collects one method's facts in the order the generated code states them. */
  public static final class Builder {
    private final Class<?> api;
    private final String name;
    private final Types typeSource;
    private String operationId;
    private String httpMethod;
    private String path;
    private String token;
    private String version;
    private List<String> requireOneOf = List.of();
    private List<String> together = List.of();
    private Range range;
    private String requestLine;
    private List<String> headers = List.of();
    private final List<String> names = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private final List<Integer> flags = new ArrayList<>();
    private final List<Long> maxBytes = new ArrayList<>();
    private int queryMapIndex = -1;
    private int bodyIndex = -1;
    private GhlMethod twin;

    private Builder(Class<?> api, String name, Types typeSource) {
      this.api = api;
      this.name = name;
      this.typeSource = typeSource;
    }

    /** The {@code @GhlOperation}: operationId, HTTP method, path template, token kind, version, require-one-of. */
    public Builder operation(String operationId, String httpMethod, String path, String token, String version,
        String... requireOneOf) {
      this.operationId = operationId;
      this.httpMethod = httpMethod;
      this.path = path;
      this.token = token;
      this.version = version;
      this.requireOneOf = List.of(requireOneOf);
      return this;
    }

    /** The {@code @GhlOperation}'s {@code together}: parameters given all or none. */
    public Builder together(String... names) {
      this.together = List.of(names);
      return this;
    }

    /** The {@code @GhlRange}: two epoch-millisecond parameters, and the longest range in days (0: none). */
    public Builder range(String from, String to, int maxDays) {
      this.range = new Range(from, to, maxDays);
      return this;
    }

    /** The {@code @RequestLine} template and the {@code @Headers}. */
    public Builder request(String requestLine, String... headers) {
      this.requestLine = requestLine;
      this.headers = List.of(headers);
      return this;
    }

    /** The next parameter: a {@code @Param} of the path, query or a header, of source type {@code type}. */
    public Builder param(String name, String type, int flags) {
      return add(name, type, flags, 0);
    }

    /** The next parameter: a part of a {@code multipart/form-data} body, at most {@code maxBytes} (0: no limit). */
    public Builder part(String name, String type, int flags, long maxBytes) {
      return add(name, type, flags, maxBytes);
    }

    /** The next parameter: the request body. */
    public Builder body(String type, int flags) {
      bodyIndex = names.size();
      return add(null, type, flags, 0);
    }

    /** The next parameter: the {@code QueryParams} map. */
    public Builder queryMap(String type) {
      queryMapIndex = names.size();
      return add(null, type, 0, 0);
    }

    /** For a {@code QueryParams} overload: the positional method of the same operation and return form. */
    public Builder twin(GhlMethod twin) {
      this.twin = twin;
      return this;
    }

    private Builder add(String name, String type, int flags, long maxBytes) {
      names.add(name);
      types.add(type);
      this.flags.add(flags);
      this.maxBytes.add(maxBytes);
      return this;
    }

    private int[] flags() { // loops, not streams: this runs in every implementation's class initializer
      int[] out = new int[flags.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = flags.get(i);
      }
      return out;
    }

    private long[] maxBytes() {
      long[] out = new long[maxBytes.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = maxBytes.get(i);
      }
      return out;
    }

    /** The method. */
    public GhlMethod build() {
      return new GhlMethod(this);
    }
  }
}
