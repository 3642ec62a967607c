package dev.pitkit.ghl.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitkit.ghl.model.ApiResponse;
import dev.pitkit.ghl.model.LinkDeleteResponse;
import dev.pitkit.ghl.model.LinkResponse;
import dev.pitkit.ghl.model.LinkUpdateRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * GHL documents 201 for updating and deleting a trigger link (Maton's skill says deletes answer
 * 200): the stubs answer 201, and the facade decodes either.
 */
class LinkStatusTest {
  @RegisterExtension
  static GhlMockExtension ghl = GhlMockExtension.create();

  private static LinkUpdateRequest update() {
    return new LinkUpdateRequest().name("Updated Link").redirectTo("https://updated.com");
  }

  @Test
  void updateAndDeleteAnswer201AsGhlDocumentsAndTheFacadeDecodesThem() {
    ApiResponse<LinkResponse> updated = ghl.client().links().updateLinkWithHttpInfo("link123", update());
    assertEquals(201, updated.getStatusCode());
    assertEquals("link123", updated.getData().getLink().getId());

    ApiResponse<LinkDeleteResponse> deleted = ghl.client().links().deleteLinkWithHttpInfo("link123");
    assertEquals(201, deleted.getStatusCode());
    assertTrue(deleted.getData().getSucceded());

    assertEquals("Updated Link", ghl.client().links().updateLink("link123", update()).getLink().getName());
    assertTrue(ghl.client().links().deleteLink("link123").getSucceded());
  }

  @Test
  void aGatewayAnswering200DecodesToo() {
    ghl.operation("updateLink").willReturn(200, ghl.operation("updateLink").exampleBody());
    ghl.operation("deleteLink").willReturn(200, "{\"succeded\":true}");

    ApiResponse<LinkResponse> updated = ghl.client().links().updateLinkWithHttpInfo("link123", update());
    assertEquals(200, updated.getStatusCode());
    assertEquals("link123", updated.getData().getLink().getId());
    ApiResponse<LinkDeleteResponse> deleted = ghl.client().links().deleteLinkWithHttpInfo("link123");
    assertEquals(200, deleted.getStatusCode());
    assertTrue(deleted.getData().getSucceded());
  }
}
