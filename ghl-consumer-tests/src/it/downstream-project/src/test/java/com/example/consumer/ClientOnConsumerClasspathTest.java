package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.client.GhlFeign;
import dev.pitkit.ghl.client.error.GhlValidationException;
import dev.pitkit.ghl.client.error.NotFoundException;
import dev.pitkit.ghl.api.ContactsApi;
import dev.pitkit.ghl.model.ContactTaskCreateRequest;
import dev.pitkit.ghl.testkit.GhlMockExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The parts of the library that need more than the API jar at run time, on a user's class path:
 * Hibernate Validator and its expression language, the JSON mapper and decoder, the typed errors,
 * Feign for the raw interfaces, and the testkit's request validation against the spec.
 */
class ClientOnConsumerClasspathTest {
  @RegisterExtension
  static GhlMockExtension ghl = GhlMockExtension.create();

  @Test
  void invalidRequestFailsBeforeSendingNamingTheFields() {
    GhlValidationException e = assertThrows(GhlValidationException.class,
        () -> ghl.client().contacts().createContactTask("c1", new ContactTaskCreateRequest().title("Call back")));
    assertEquals(List.of("body.completed", "body.dueDate"),
        e.violations().stream().map(GhlValidationException.Violation::field).toList());
    assertEquals(0, ghl.callCount("createContactTask"));
  }

  @Test
  void validRequestIsSentAndDecoded() {
    String id = ghl.client().contacts().createContactTask("c1", new ContactTaskCreateRequest()
            .title("Call back").dueDate("2026-06-01T10:00:00Z").completed(false))
        .getTask().getId();
    assertTrue(id != null && !id.isEmpty(), "task id from the spec's example");
    ghl.verify().called("createContactTask", 1);
    ghl.verify().routing();
  }

  @Test
  void errorStatusBecomesTypedException() {
    ghl.operation("getContact").willReturnError(404);
    NotFoundException e = assertThrows(NotFoundException.class, () -> ghl.client().contacts().getContact("gone"));
    assertEquals("getContact", e.operationId());
  }

  @Test
  void rawFeignInterfaceReachesTheGateway() {
    ContactsApi contacts = GhlFeign.builder(ghl.apiKey(), null, ghl.subAccountConnection())
        .target(ContactsApi.class, ghl.baseUrl());
    assertEquals("abc123", contacts.getContact("abc123").getContact().getId());
    ghl.verify().connection(ghl.subAccountConnection());
  }
}
