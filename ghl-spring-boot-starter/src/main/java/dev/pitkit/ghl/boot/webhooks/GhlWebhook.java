package dev.pitkit.ghl.boot.webhooks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Spring MVC controller parameter that receives a GHL webhook delivery, verified and parsed
 * from the raw request body and headers by the application's {@code WebhookVerifier} bean (see
 * {@link GhlWebhookProperties}).
 *
 * <pre>{@code
 * @PostMapping("/ghl/webhooks")
 * @ResponseStatus(HttpStatus.NO_CONTENT)
 * public void receive(@GhlWebhook WebhookEvent event) {
 *   dispatcher.dispatch(event);
 * }
 * }</pre>
 *
 * <p>The parameter's type is {@code WebhookEvent} (every event type), {@code GhlEventPayload}, or
 * a generated event class such as {@code ContactCreateEvent} (a delivery of another type is then
 * refused with 400). The controller runs only for a delivery that passed every check; a refused one
 * is answered without it: 401 for a missing or bad signature, 413 for a body over the limit, 200
 * for a duplicate (already handled, so GHL stops redelivering), 400 for any other reason. The
 * reason is logged (logger {@code dev.pitkit.ghl.boot.webhooks}); the payload and keys never are.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface GhlWebhook {}
