package com.example.starter;

import dev.pitkit.ghl.boot.webhooks.GhlWebhook;
import dev.pitkit.ghl.webhooks.WebhookDispatcher;
import dev.pitkit.ghl.webhooks.WebhookEvent;
import dev.pitkit.ghl.webhooks.model.ContactCreateEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** GHL's webhook URL: the starter verifies each delivery before this method sees it. */
@RestController
public class WebhookController {
  private final List<String> newContacts = new CopyOnWriteArrayList<>();
  private final WebhookDispatcher dispatcher = WebhookDispatcher.builder()
      .on(ContactCreateEvent.class, contact -> newContacts.add(contact.getId()))
      .otherwise(event -> { })                                       // types this app does not handle
      .build();

  @PostMapping("/ghl/webhooks")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void receive(@GhlWebhook WebhookEvent event) {             // verified and typed; refusals never get here
    dispatcher.dispatch(event);
  }

  public List<String> newContacts() {
    return newContacts;
  }
}
