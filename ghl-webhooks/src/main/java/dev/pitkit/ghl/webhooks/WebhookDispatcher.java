package dev.pitkit.ghl.webhooks;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Routes events to handlers by payload class. Immutable and thread-safe once built.
 *
 * <pre>{@code
 * WebhookDispatcher dispatcher = WebhookDispatcher.builder()
 *     .on(ContactCreateEvent.class, contact -> crm.add(contact.getId()))
 *     .on(InvoicePaidEvent.class, invoice -> ledger.paid(invoice.getId()))
 *     .otherwise(event -> log.info("unhandled {}", event))   // unknown types too
 *     .build();
 * dispatcher.dispatch(verifier.verify(body, headers));
 * }</pre>
 */
public final class WebhookDispatcher {
  private final Map<Class<?>, Consumer<Object>> handlers;
  private final Consumer<WebhookEvent> otherwise;

  private WebhookDispatcher(Builder b) {
    this.handlers = Collections.unmodifiableMap(new LinkedHashMap<>(b.handlers)); // registration order: the first match wins
    this.otherwise = b.otherwise;
  }

  /**
   * A builder without handlers.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Calls the handler of the event's payload class, else the first registered handler of an
   * interface or superclass the payload is an instance of, else the {@code otherwise} handler.
   *
   * @param event the event
   * @return true when a handler of the payload's class (or of a type it is an instance of) ran
   *     (false: {@code otherwise} or nothing)
   */
  public boolean dispatch(WebhookEvent event) {
    Objects.requireNonNull(event, "event");
    Object payload = event.payload();
    Consumer<Object> handler = handlers.get(payload.getClass());
    for (Iterator<Map.Entry<Class<?>, Consumer<Object>>> it = handlers.entrySet().iterator(); handler == null && it.hasNext(); ) {
      Map.Entry<Class<?>, Consumer<Object>> e = it.next();
      handler = e.getKey().isInstance(payload) ? e.getValue() : null;
    }
    if (handler != null) {
      handler.accept(event.payload());
      return true;
    }
    if (otherwise != null) {
      otherwise.accept(event);
    }
    return false;
  }

  /** Handlers of a {@link WebhookDispatcher}. */
  public static final class Builder {
    private final Map<Class<?>, Consumer<Object>> handlers = new LinkedHashMap<>();
    private Consumer<WebhookEvent> otherwise;

    private Builder() {}

    /**
     * The handler of one payload class (a generated event class, or {@link GenericWebhookEvent}
     * for every type the spec does not describe), or of an interface or superclass of payloads (e.g.
     * {@link GhlEventPayload} for all): the handler of a payload's own class is preferred, then the
     * first registered that takes it. A second handler for a class replaces the first.
     *
     * @param type the payload class, e.g. {@code ContactCreateEvent.class}
     * @param handler what to do with it
     * @param <T> the class
     * @return this builder
     */
    public <T extends GhlEventPayload> Builder on(Class<T> type, Consumer<? super T> handler) {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(handler, "handler");
      handlers.put(type, payload -> handler.accept(type.cast(payload)));
      return this;
    }

    /**
     * What to do with an event no {@link #on} handler takes. Default: nothing.
     *
     * @param handler the fallback
     * @return this builder
     */
    public Builder otherwise(Consumer<WebhookEvent> handler) {
      this.otherwise = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /**
     * The dispatcher.
     *
     * @return a new immutable dispatcher
     */
    public WebhookDispatcher build() {
      return new WebhookDispatcher(this);
    }
  }
}
