package dev.pitkit.ghl.invoker;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

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
    this.api = b.api;
    this.name = b.name;
    this.operationId = b.operationId;
    this.httpMethod = b.httpMethod;
    this.path = b.path;
    this.token = b.token;
    this.version = b.version;
    this.requireOneOf = b.requireOneOf;
    this.requestLine = b.requestLine;
    this.headers = b.headers;
    int n = b.names.size();
    this.paramNames = b.names.toArray(new String[n]);
    this.paramTypes = b.types.toArray(new String[n]);
    this.paramFlags = new int[n];
    this.maxBytes = new long[n];
    for (int i = 0; i < n; i++) {
      paramFlags[i] = b.flags.get(i);
      maxBytes[i] = b.maxBytes.get(i);
    }
    this.queryMapIndex = b.queryMapIndex;
    this.bodyIndex = b.bodyIndex;
    this.twin = b.twin;
    this.types = b.typeSource;
    StringBuilder key = new StringBuilder(api.getSimpleName()).append('#').append(name).append('(');
    for (int i = 0; i < n; i++) {
      String t = paramTypes[i];
      int generic = t.indexOf('<');
      key.append(i == 0 ? "" : ",").append(generic < 0 ? t : t.substring(0, generic));
    }
    this.configKey = key.append(')').toString();
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

    /** The method. */
    public GhlMethod build() {
      return new GhlMethod(this);
    }
  }
}
