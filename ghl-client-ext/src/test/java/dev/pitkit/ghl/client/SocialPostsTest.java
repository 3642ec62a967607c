package dev.pitkit.ghl.client;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.pitkit.ghl.client.error.GhlValidationException;
import dev.pitkit.ghl.model.SocialCsvUploadResponse;
import dev.pitkit.ghl.model.SocialPost;
import dev.pitkit.ghl.model.SocialPostCreateRequest;
import dev.pitkit.ghl.model.SocialPostMedia;
import dev.pitkit.ghl.model.SocialPostResponse;
import dev.pitkit.ghl.model.SocialPostsListRequest;
import dev.pitkit.ghl.model.SocialPostsListResponse;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Social posts through {@link GhlClient#socialMediaPosting()}: a post with its media, a scheduled post
 * and the post search, checked on the wire (method, path, routing headers, JSON body) and in the
 * decoded answers; the CSV import's upload as multipart bytes. The mock gateway answers what GHL
 * documents for each operation (the shapes of the spec's examples).
 */
class SocialPostsTest {
  private static final String LOC = "loc123";
  private static final String ACCOUNT = "aF3KhyL8JIuBwzK3m7Ly_loc123_12554616564525983496";
  private static final String IMAGE = "https://storage.googleapis.com/msgsndr/loc123/media/spring-sale.png";
  private static final String VIDEO = "https://storage.googleapis.com/msgsndr/loc123/media/spring-sale.mp4";
  private static final String POSTS = "/highlevel-pit/social-media-posting/loc123/posts";

  @RegisterExtension
  static WireMockExtension wm = FacadeTestSupport.server();

  @TempDir
  Path dir;

  private final ObjectMapper mapper = new ObjectMapper();
  private GhlClient ghl;

  @BeforeEach
  void setUp() {
    ghl = FacadeTestSupport.builder(wm).build();
  }

  @Test
  void createsAPostWithItsMedia() throws IOException {
    wm.stubFor(post(urlPathEqualTo(POSTS)).willReturn(WireMock.jsonResponse(envelope(201, "Created Post",
        "{\"post\": " + postJson("65fac446d599990d1313c1dd", "published", "2026-12-01T10:15:00.000Z") + "}"), 201)));

    SocialPostResponse created = ghl.socialMediaPosting().createSocialPost(LOC, new SocialPostCreateRequest()
        .accountIds(List.of(ACCOUNT)).summary("Our spring sale starts today!").type("post").userId("user123")
        .media(List.of(new SocialPostMedia().url(IMAGE).type("image/png").caption("Spring sale"),
            new SocialPostMedia().url(VIDEO).type("video/mp4"))));

    LoggedRequest sent = routed("POST", POSTS);
    JsonNode body = json(sent);
    assertEquals(mapper.readTree("""
        {"accountIds": ["%s"], "summary": "Our spring sale starts today!", "type": "post", "userId": "user123",
         "media": [{"url": "%s", "type": "image/png", "caption": "Spring sale"},
                   {"url": "%s", "type": "video/mp4"}]}""".formatted(ACCOUNT, IMAGE, VIDEO)), body);

    assertTrue(created.getSuccess());
    assertEquals(201, created.getStatusCode());
    SocialPost p = created.getResults().getPost();
    assertEquals("65fac446d599990d1313c1dd", p.getId());
    assertEquals("published", p.getStatus());
    assertEquals(List.of(ACCOUNT), p.getAccountIds());
    assertEquals(2, p.getMedia().size());
    assertEquals(IMAGE, p.getMedia().get(0).getUrl());
    assertEquals("image/png", p.getMedia().get(0).getType());
    assertEquals("video/mp4", p.getMedia().get(1).getType());
  }

  @Test
  void schedulesAPostForLater() throws IOException {
    String when = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS).toString();
    wm.stubFor(post(urlPathEqualTo(POSTS)).willReturn(WireMock.jsonResponse(envelope(201, "Created Post",
        "{\"post\": " + postJson("65fac446d599990d1313c1de", "scheduled", when) + "}"), 201)));

    SocialPost scheduled = ghl.socialMediaPosting().createSocialPost(LOC, new SocialPostCreateRequest()
        .accountIds(List.of(ACCOUNT)).summary("Christmas opening hours: 10am-4pm").type("post").userId("user123")
        .status("scheduled").scheduleDate(when)
        .media(List.of(new SocialPostMedia().url(IMAGE).type("image/png")))).getResults().getPost();

    JsonNode body = json(routed("POST", POSTS));
    assertEquals("scheduled", body.get("status").asText());
    assertEquals(when, body.get("scheduleDate").asText());
    assertTrue(Instant.parse(body.get("scheduleDate").asText()).isAfter(Instant.now()), "scheduled in the future");
    assertEquals(IMAGE, body.at("/media/0/url").asText());
    assertEquals("image/png", body.at("/media/0/type").asText());

    assertEquals("scheduled", scheduled.getStatus());
    assertEquals(when, scheduled.getDisplayDate());
    assertEquals(IMAGE, scheduled.getMedia().get(0).getUrl());
  }

  @Test
  void listsThePostsOfARange() throws IOException {
    wm.stubFor(post(urlPathEqualTo(POSTS + "/list"))
        .withRequestBody(equalToJson("{\"type\": \"scheduled\", \"skip\": \"0\", \"limit\": \"10\"}", true, true))
        .willReturn(WireMock.jsonResponse(envelope(201, "Fetched Posts", "{\"posts\": ["
            + postJson("p1", "scheduled", "2026-12-24T09:00:00.000Z") + ", "
            + postJson("p2", "scheduled", "2026-12-31T18:00:00.000Z") + "], \"count\": 12}"), 201)));

    SocialPostsListResponse page = ghl.socialMediaPosting().listSocialPosts(LOC, new SocialPostsListRequest()
        .type("scheduled").skip("0").limit("10").fromDate("2026-12-01T00:00:00.000Z")
        .toDate("2026-12-31T23:59:59.999Z").includeUsers("false"));

    LoggedRequest sent = routed("POST", POSTS + "/list");
    assertEquals(mapper.readTree("""
        {"type": "scheduled", "skip": "0", "limit": "10", "fromDate": "2026-12-01T00:00:00.000Z",
         "toDate": "2026-12-31T23:59:59.999Z", "includeUsers": "false"}"""), json(sent));
    assertEquals(-1, sent.getUrl().indexOf('?'), "paged in the body, nothing in the query");

    assertEquals(12, page.getResults().getCount());
    List<SocialPost> posts = page.getResults().getPosts();
    assertEquals(List.of("p1", "p2"), posts.stream().map(SocialPost::getId).toList());
    assertEquals("2026-12-31T18:00:00.000Z", posts.get(1).getDisplayDate());
    assertEquals("image/png", posts.get(0).getMedia().get(0).getType());
  }

  @Test
  void aPostWithoutItsRequiredFieldsIsNotSent() {
    GhlValidationException e = assertThrows(GhlValidationException.class, () -> ghl.socialMediaPosting()
        .createSocialPost(LOC, new SocialPostCreateRequest().summary("No accounts, type or user")
            .media(List.of(new SocialPostMedia().type("image/png")))));
    List<String> fields = e.violations().stream().map(v -> v.field()).sorted().toList();
    // a medium's url too: SocialPostMedia is also what GHL answers, so it lists no required field,
    // and marks url x-ghl-request-required instead (spec/CONVENTIONS.md), checked on requests only
    assertEquals(List.of("body.accountIds", "body.media[0].url", "body.type", "body.userId"), fields, e.violations().toString());
    assertEquals(0, wm.getAllServeEvents().size(), "nothing sent");
  }

  @Test
  void uploadsTheCsvOfAnImportAsAMultipartFilePart() throws IOException {
    wm.stubFor(WireMock.any(anyUrl()).willReturn(okJson(envelope(201, "Uploaded CSV",
        "{\"filePath\": \"loc123/social-planner-import/a6d0.csv\", \"rowsCount\": 2, \"fileName\": \"posts.csv\"}"))));
    byte[] csv = "summary,scheduleDate\nHello,2026-12-24T09:00:00Z\r\nBye,2026-12-31T18:00:00Z\n"
        .getBytes(StandardCharsets.UTF_8);
    File file = Files.write(dir.resolve("posts.csv"), csv).toFile();

    SocialCsvUploadResponse uploaded = ghl.socialMediaPosting().uploadSocialCsv(LOC, file);

    LoggedRequest sent = routed("POST", "/highlevel-pit/social-media-posting/loc123/csv");
    String contentType = sent.getHeader("Content-Type");
    assertTrue(contentType.startsWith("multipart/form-data; boundary="), contentType);
    String b = contentType.substring("multipart/form-data; boundary=".length());
    String probed = Files.probeContentType(file.toPath());
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.writeBytes(("--" + b + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"posts.csv\"\r\n"
        + "Content-Type: " + (probed != null ? probed : "application/octet-stream") + "\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    expected.writeBytes(csv);
    expected.writeBytes(("\r\n--" + b + "--\r\n").getBytes(StandardCharsets.UTF_8));
    assertArrayEquals(expected.toByteArray(), sent.getBody(), () -> "sent:\n" + sent.getBodyAsString());

    assertEquals(2, uploaded.getResults().getRowsCount());
    assertNotNull(uploaded.getResults().getFilePath());
  }

  /** The one request sent: its method and path, and the sub-account routing every social operation has. */
  private static LoggedRequest routed(String method, String path) {
    LoggedRequest sent = FacadeTestSupport.onlyRequest(wm);
    assertEquals(method, sent.getMethod().getName());
    assertEquals(path, sent.getUrl());
    assertEquals(FacadeTestSupport.SUB, sent.getHeader("Maton-Connection"), "Sub-Account token");
    assertEquals("2021-07-28", sent.getHeader("Version"));
    assertEquals("Bearer " + FacadeTestSupport.KEY, sent.getHeader("Authorization"));
    return sent;
  }

  private JsonNode json(LoggedRequest sent) throws IOException {
    assertTrue(sent.getHeader("Content-Type").startsWith("application/json"), sent.getHeader("Content-Type"));
    return mapper.readTree(sent.getBodyAsString());
  }

  /** GHL's answer envelope around {@code results}. */
  private static String envelope(int status, String message, String results) {
    return "{\"success\": true, \"statusCode\": " + status + ", \"message\": \"" + message + "\", \"results\": "
        + results + "}";
  }

  /** A post as GHL answers it (the shape of the spec's example), with its image. */
  private static String postJson(String id, String status, String displayDate) {
    return """
        {"_id": "%s", "source": "composer", "locationId": "loc123", "platform": "facebook", "displayDate": "%s",
         "accountIds": ["%s"], "summary": "Our spring sale starts today!", "status": "%s", "type": "post",
         "createdBy": "user123", "media": [{"url": "%s", "type": "image/png"}%s]}"""
        .formatted(id, displayDate, ACCOUNT, status, IMAGE,
            "published".equals(status) ? ", {\"url\": \"" + VIDEO + "\", \"type\": \"video/mp4\"}" : "");
  }
}
