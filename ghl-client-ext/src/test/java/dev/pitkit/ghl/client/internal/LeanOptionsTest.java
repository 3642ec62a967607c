package dev.pitkit.ghl.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.Request;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link FeignParts.LeanOptions}: Feign's defaults, and Feign's per-thread method options once used. */
class LeanOptionsTest {
  @Test
  void defaultsAreFeignsAndAnswerForEveryMethodUntilMethodOptionsAreSet() {
    Request.Options options = FeignParts.defaultOptions();
    Request.Options feigns = new Request.Options();
    assertEquals(feigns.connectTimeoutMillis(), options.connectTimeoutMillis());
    assertEquals(feigns.readTimeoutMillis(), options.readTimeoutMillis());
    assertEquals(feigns.isFollowRedirects(), options.isFollowRedirects());
    assertSame(options, options.getMethodOptions("getContact"));
  }

  @Test
  void methodOptionsOnceSetApplyAsInFeignToTheThreadThatSetThem() throws Exception {
    Request.Options options = FeignParts.defaultOptions();
    Request.Options slow = new Request.Options(1, TimeUnit.SECONDS, 120, TimeUnit.SECONDS, false);
    options.setMethodOptions("listContacts", slow);

    assertSame(slow, options.getMethodOptions("listContacts"));
    assertSame(options, options.getMethodOptions("getContact"));
    Request.Options seenElsewhere = CompletableFuture.supplyAsync(() -> options.getMethodOptions("listContacts")).get();
    assertSame(options, seenElsewhere, "Feign keys method options by thread");
    assertTrue(options instanceof FeignParts.LeanOptions);
  }
}
