package dev.pitkit.ghl.client.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Every form in which a server may echo the key is masked; text that only resembles it is kept. */
class SecretTest {
  private static final String KEY = "fake/key+not_real 1";
  private final Secret secret = new Secret(KEY);

  @Test
  void theKeyAsWrittenAndPercentEncodedIsMasked() {
    assertEquals("bad key **** and ****", secret.maskIn("bad key " + KEY + " and fake%2Fkey%2Bnot_real+1"));
    assertNull(secret.maskIn(null));
  }

  @Test
  void theKeyUnderJsonEscapesIsMaskedWhateverCharactersAreEscaped() {
    String slashes = "fake\\/key+not_real 1";
    String first = "\\u0066ake/key+not_real 1";
    String every = KEY.chars().mapToObj(c -> String.format("\\u%04X", c)).reduce("", String::concat);
    String mixed = "f\\u0061ke\\/key\\u002bnot_real\\u00201";
    for (String echo : new String[] {slashes, first, every, mixed}) {
      assertEquals("{\"message\":\"Invalid API key ****.\"}", secret.maskIn("{\"message\":\"Invalid API key " + echo + ".\"}"),
          echo);
    }
    assertEquals("[\"****\",\"****\"]", secret.maskIn("[\"" + every + "\",\"" + mixed + "\"]"), "each echo");
  }

  @Test
  void escapesThatSpellSomethingElseAreKept() {
    for (String text : new String[] {"\\u0066ake/key+not_real 2", "fake\\/key", "\\u00", "\\uZZZZake", "fake\\",
        "line\\nbreak fake/key+not_real"}) {
      assertEquals(text, secret.maskIn(text));
    }
  }
}
