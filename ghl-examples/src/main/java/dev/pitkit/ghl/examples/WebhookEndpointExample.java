package dev.pitkit.ghl.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.pitkit.ghl.webhooks.WebhookDispatcher;
import dev.pitkit.ghl.webhooks.WebhookEvent;
import dev.pitkit.ghl.webhooks.WebhookRejectedException;
import dev.pitkit.ghl.webhooks.WebhookVerifier;
import java.io.IOException;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A webhook endpoint without a web framework (the JDK's {@code com.sun.net.httpserver}): read the
 * body with a size limit, verify it, dispatch the typed event, answer. The same few lines fit a
 * servlet ({@code request.getInputStream()}, {@code request::getHeader}) or any framework that hands
 * over the raw body bytes: verify before any JSON binding, on the bytes as received.
 *
 * <p>Answers: 204 handled; 401 no or bad signature; 413 too large; 200 a duplicate (already handled:
 * GHL can stop redelivering); 400 any other rejection; 429 when a handler failed, its webhookId
 * forgotten first: GHL redelivers on 429 only, and the redelivery is then handled, not a duplicate.
 */
public final class WebhookEndpointExample implements HttpHandler {
  private static final Logger log = LoggerFactory.getLogger(WebhookEndpointExample.class);

  private final WebhookVerifier verifier;
  private final WebhookDispatcher dispatcher;

  /**
   * An endpoint.
   *
   * @param verifier checks every delivery (one per application: it remembers webhook ids)
   * @param dispatcher the application's handlers
   */
  public WebhookEndpointExample(WebhookVerifier verifier, WebhookDispatcher dispatcher) {
    this.verifier = verifier;
    this.dispatcher = dispatcher;
  }

  /**
   * Serves the endpoint at {@code path} (port 0: any free port).
   *
   * @param address where to listen
   * @param path e.g. {@code /ghl/webhooks}
   * @param endpoint the handler
   * @return the started server (stop it with {@code stop(0)})
   * @throws IOException when the port cannot be bound
   */
  public static HttpServer serve(InetSocketAddress address, String path, WebhookEndpointExample endpoint) throws IOException {
    HttpServer server = HttpServer.create(address, 0);
    server.createContext(path, endpoint);
    server.start();
    return server;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      int status;
      WebhookEvent event = null;
      try {
        byte[] body = verifier.readBody(exchange.getRequestBody());
        event = verifier.verify(body, exchange.getRequestHeaders());
        dispatcher.dispatch(event);
        status = 204;
      } catch (WebhookRejectedException e) {
        log.warn("webhook rejected: {}", e.reason());   // the reason is safe to log: no payload, no key
        status = switch (e.reason()) {
          case NO_SIGNATURE, BAD_SIGNATURE -> 401;
          case TOO_LARGE -> 413;
          case DUPLICATE -> 200;
          default -> 400;
        };
      } catch (RuntimeException e) {
        log.error("webhook handler failed", e);
        if (event != null) {
          verifier.forget(event);   // not used up: GHL's redelivery is handled, not a duplicate
        }
        status = 429;               // the one answer GHL redelivers on
      }
      exchange.sendResponseHeaders(status, -1);
    }
  }
}
