package dev.pitkit.ghl.testkit;

import com.github.tomakehurst.wiremock.core.MappingsSaver;
import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import dev.pitkit.ghl.testkit.internal.SpecHolder;
import dev.pitkit.ghl.testkit.internal.StubLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The testkit's WireMock stubs, for use with any WireMock server: one mapping per spec operation
 * (answered with the spec's example), an end-of-list mapping per paginated list (later pages are
 * empty), and the gateway's 401 for requests without {@code Authorization}. The same JSON files are on the classpath under {@link #CLASSPATH_ROOT}.
 *
 * <pre>{@code
 * // plain WireMock, from the classpath files:
 * new WireMockServer(wireMockConfig().dynamicPort().usingFilesUnderClasspath(GhlStubs.CLASSPATH_ROOT));
 * // or as a mappings source (re-applied on every resetToDefaultMappings()):
 * new WireMockServer(wireMockConfig().dynamicPort().mappingSource(GhlStubs.mappingsSource()));
 * }</pre>
 */
public final class GhlStubs {
  /**
   * Classpath root holding {@code mappings/*.json}; unique so it never shadows (nor is shadowed
   * by) a project's own {@code mappings} root (WireMock loads only one root, issue #3082).
   */
  public static final String CLASSPATH_ROOT = StubLayout.CLASSPATH_ROOT;

  private GhlStubs() {}

  /** The operationIds that have a stub (all of the spec's), in file order. */
  public static List<String> operationIds() {
    return List.copyOf(SpecHolder.catalog().operations().keySet());
  }

  /** Fresh {@link StubMapping}s for every mapping file (safe to add to any server). */
  public static List<StubMapping> stubMappings() {
    List<StubMapping> out = new ArrayList<>();
    for (String text : SpecHolder.catalog().mappingTexts()) {
      out.add(StubMapping.buildFrom(text));
    }
    return out;
  }

  /** A read-only WireMock mappings source serving every stub; saving and removing do nothing. */
  public static MappingsSource mappingsSource() {
    return new Source();
  }

  private static final class Source implements MappingsSource, MappingsSaver {
    @Override
    public void loadMappingsInto(StubMappings stubMappings) {
      for (StubMapping m : stubMappings()) {
        // a restarted server may keep its store (same options): replace rather than duplicate
        stubMappings.get(m.getId()).ifPresent(stubMappings::removeMapping);
        stubMappings.addMapping(m);
      }
    }

    @Override
    public void save(List<StubMapping> stubMappings) {}

    @Override
    public void save(StubMapping stubMapping) {}

    @Override
    @SuppressWarnings("removal") // abstract in MappingsSaver, deprecated there; nothing to remove here anyway
    public void remove(StubMapping stubMapping) {}

    @Override
    public void remove(UUID stubMappingId) {}

    @Override
    public void removeAll() {}
  }
}
