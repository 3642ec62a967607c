package dev.pitkit.ghl.testkit.internal;

/**
 * Where the testkit's WireMock files live and how its mappings are named and prioritised: shared by
 * the servers that load and recognise the mappings at run time and by the build-time
 * {@code generator.StubGenerator} that writes them.
 */
public final class StubLayout {
  /** The spec, as shipped by the {@code ghl-spec} artifact. */
  public static final String SPEC_RESOURCE = "dev/pitkit/ghl/spec/openapi.yaml";
  /** Classpath root of the testkit's WireMock files (holds {@code mappings/}). */
  public static final String CLASSPATH_ROOT = "dev/pitkit/ghl/testkit";
  /** The file listing every mapping file name, one per line (jars cannot be listed portably). */
  public static final String INDEX_FILE = "mappings-index.txt";
  /** Priority of the operation stubs: lower precedence than a user's own stub (WireMock default 5). */
  public static final int OPERATION_PRIORITY = 10;
  /** Priority of the gateway's 401 stubs: before everything else. */
  public static final int GATEWAY_PRIORITY = 1;
  /** Name prefix of the gateway (non-operation) mappings. */
  public static final String GATEWAY_PREFIX = "gateway-";
  /** Priority of the end-of-list stubs: above their operation's stub, below a user's own. */
  public static final int END_OF_LIST_PRIORITY = 9;
  /** File and name suffix of a paginated operation's end-of-list stub. */
  public static final String END_OF_LIST_SUFFIX = "-end-of-list";
  /** Prefix of a pagination parameter that is a property of the JSON request body ({@code body.skip}). */
  public static final String BODY_PARAM = "body.";

  /** The JSON path a stub matches a body parameter with ({@code body.skip}: {@code $.skip}); null for a query parameter. */
  public static String bodyJsonPath(String param) {
    return param.startsWith(BODY_PARAM) ? "$." + param.substring(BODY_PARAM.length()) : null;
  }
  /**
   * Priority of the missing-query stubs: below their operation's stub, so they only answer a
   * request that lacks (or sends empty) one of the operation's required query parameters.
   */
  public static final int MISSING_QUERY_PRIORITY = 11;
  /** File and name suffix of the stub answering GHL's 422 when a required query parameter is missing. */
  public static final String MISSING_QUERY_SUFFIX = "-missing-query";
  /** Response header naming the operation whose stub answered. */
  public static final String OPERATION_HEADER = "X-Mock-Operation";

  /**
   * Whether a mapping of this name is one of the testkit's helpers (the gateway's checks, an
   * operation's end-of-list or missing-query stub), which answer for an operation but are not its stub.
   */
  public static boolean isHelperMapping(String name) {
    return name != null && (name.startsWith(GATEWAY_PREFIX) || name.endsWith(END_OF_LIST_SUFFIX)
        || name.endsWith(MISSING_QUERY_SUFFIX));
  }

  private StubLayout() {}
}
