package dev.pitkit.ghl.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import feign.Contract;
import feign.DefaultContract;
import feign.Headers;
import feign.MethodMetadata;
import feign.Param;
import feign.RequestLine;
import feign.RequestTemplate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link JsonHeadersContract}: which headers leave Feign's templates, and what is kept for the target. */
class JsonHeadersContractTest {
  interface Sample {
    @RequestLine("POST /things/{id}")
    @Headers({"Content-Type: application/json", "Accept: application/json", "X-Trace: {trace}", "X-Fixed: yes"})
    String create(@Param("id") String id, @Param("trace") String trace, String body);

    @RequestLine("POST /files")
    @Headers({"Content-Type: multipart/form-data", "Accept: {accept}"})
    String upload(@Param("accept") String accept, String body);

    @RequestLine("GET /plain")
    String plain();
  }

  private static MethodMetadata parsed(Contract contract, String method) {
    return contract.parseAndValidateMetadata(Sample.class).stream()
        .filter(md -> md.method().getName().equals(method)).findFirst().orElseThrow();
  }

  @Test
  void constantJsonHeadersMoveFromTheTemplateToTheContract() {
    JsonHeadersContract contract = new JsonHeadersContract();
    MethodMetadata create = parsed(contract, "create");

    Map<String, Collection<String>> left = create.template().headers();
    assertEquals(List.of("{trace}"), List.copyOf(left.get("X-Trace")), "an expression stays Feign's");
    assertEquals(List.of("yes"), List.copyOf(left.get("X-Fixed")), "other constant headers stay Feign's");
    assertEquals(2, left.size(), left.toString());

    Map<String, Collection<String>> taken = contract.headersOf(RequestTemplate.from(create.template()));
    assertEquals(List.of("application/json"), List.copyOf(taken.get("accept")), "looked up case-insensitively");
    assertEquals(List.of("application/json"), List.copyOf(taken.get("Content-Type")));
    assertEquals(2, taken.size(), taken.toString());
  }

  @Test
  void anotherContentTypeAndAnAcceptExpressionStayInTheTemplate() {
    JsonHeadersContract contract = new JsonHeadersContract();
    MethodMetadata upload = parsed(contract, "upload");
    Map<String, Collection<String>> left = upload.template().headers();
    assertEquals(List.of("multipart/form-data"), List.copyOf(left.get("Content-Type")),
        "encoders such as feign-form read it from the template");
    assertEquals(List.of("{accept}"), List.copyOf(left.get("Accept")));
    assertTrue(contract.headersOf(RequestTemplate.from(upload.template())).isEmpty());
    assertTrue(contract.headersOf(RequestTemplate.from(parsed(contract, "plain").template())).isEmpty());
  }

  @Test
  void aTemplateFromAnotherContractHasNothingTaken() {
    JsonHeadersContract contract = new JsonHeadersContract();
    MethodMetadata stock = parsed(new DefaultContract(), "create");
    assertEquals(4, stock.template().headers().size());
    assertTrue(contract.headersOf(RequestTemplate.from(stock.template())).isEmpty());
    assertTrue(contract.headersOf(new RequestTemplate()).isEmpty(), "a template without method metadata");
  }
}
