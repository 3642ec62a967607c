package dev.pitkit.ghl.client.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitkit.ghl.invoker.ApiResponseDecoder;
import feign.Client;
import feign.MethodMetadata;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import feign.codec.Decoder;
import feign.codec.ErrorDecoder;
import java.net.http.HttpClient;
import java.time.Clock;

/**
 * The client's Feign components for use outside {@link ClientCore}, behind the public
 * {@code GhlFeign}: the JDK transport, the byte-parsing decoder, the typed error mapper and an
 * interceptor that routes by each method's {@code @GhlOperation}. Not an API of its own.
 */
public final class FeignParts {
  private FeignParts() {}

  /** {@link JdkTransport} over {@code http}. */
  public static Client transport(HttpClient http) {
    return new JdkTransport(http);
  }

  /** {@link SafeDecoder} over the generated decoder. */
  public static Decoder decoder(ObjectMapper mapper) {
    return new SafeDecoder(new ApiResponseDecoder(mapper), mapper);
  }

  /** {@link ErrorMapper}: error statuses become the typed {@code GhlApiException}s. */
  public static ErrorDecoder errorDecoder(ObjectMapper mapper) {
    return new ErrorMapper(mapper, Clock.systemUTC());
  }

  /**
   * Adds {@code Authorization}, {@code User-Agent} and, from the called method's
   * {@code @GhlOperation}, {@code Maton-Connection} (by its token kind) and {@code Version}.
   *
   * @param apiKey Maton API key
   * @param agencyConnection connection for agency operations, or null
   * @param subAccountConnection connection for sub-account operations, or null
   * @param userAgent User-Agent header
   */
  public static RequestInterceptor gatewayHeaders(String apiKey, String agencyConnection, String subAccountConnection,
      String userAgent) {
    return new Routing(new Secret(apiKey), agencyConnection, subAccountConnection, userAgent);
  }

  private static final class Routing implements RequestInterceptor {
    private final String authorization;
    private final String agency;
    private final String subAccount;
    private final String userAgent;

    Routing(Secret apiKey, String agency, String subAccount, String userAgent) {
      this.authorization = "Bearer " + apiKey.reveal();
      this.agency = agency;
      this.subAccount = subAccount;
      this.userAgent = userAgent;
    }

    @Override
    public void apply(RequestTemplate template) {
      template.header("Authorization", authorization);
      template.header("User-Agent", userAgent);
      MethodMetadata md = template.methodMetadata();
      OperationInfo op = md != null && md.method() != null ? OperationInfo.of(md.method()) : null;
      if (op == null) {
        return;
      }
      if (op.token() != TokenType.MATON) {
        String connection = op.token() == TokenType.AGENCY ? agency : subAccount;
        if (connection == null) {
          throw new dev.pitkit.ghl.client.error.GhlConfigurationException(op.operationId() + " needs "
              + (op.token() == TokenType.AGENCY ? "an agency" : "a sub-account") + " connection (x-ghl-token: "
              + op.token().specValue() + ") but none was given to GhlFeign.builder(...)");
        }
        template.header("Maton-Connection", connection);
      }
      if (op.hasVersion()) {
        template.header("Version", op.version());
      }
    }

    @Override
    public String toString() {
      return "GhlFeign.gatewayHeaders{agencyConnection=" + agency + ", subAccountConnection=" + subAccount + "}";
    }
  }
}
