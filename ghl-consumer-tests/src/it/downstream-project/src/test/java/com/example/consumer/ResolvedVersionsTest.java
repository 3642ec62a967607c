package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The libraries users resolve are the versions this repository's build tests with, although the
 * consumer has none of the build's dependency management (the pom passes them in from the parent's
 * properties). A transitive dependency that drifts to an older version fails here, naming it.
 */
class ResolvedVersionsTest {
  @Test
  void usersResolveTheTestedVersions() throws IOException {
    String expected = System.getProperty("expected.versions");
    assertNotNull(expected, "expected.versions is set by the consumer pom");
    assertFalse(expected.isBlank());
    List<String> drifted = new ArrayList<>();
    for (String coordinate : expected.split(",")) {
      String[] gav = coordinate.trim().split(":");
      String resolved = versionOnClassPath(gav[0], gav[1]);
      if (!gav[2].equals(resolved)) {
        drifted.add(gav[0] + ":" + gav[1] + " tested " + gav[2] + ", users get " + resolved);
      }
    }
    assertEquals(List.of(), drifted);
  }

  /** The version in the jar's own Maven metadata, or null when the jar is not on the class path. */
  private static String versionOnClassPath(String groupId, String artifactId) throws IOException {
    String resource = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
    try (InputStream in = ResolvedVersionsTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    }
  }
}
