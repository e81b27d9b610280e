package io.seedscope.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
  private static final Map<String, String> VALUES =
      Map.of("seed", "7", "lr", "0.01", "run_dir", "/r/a b", "x", "$1 \\ {seed}");

  @Test
  void aTemplateIsSplitOnceAndFilledAsText() {
    Placeholders.Template t = Placeholders.Template.of("--lr={lr}:{seed}{seed}");
    assertEquals(List.of("--lr=", ":", "", ""), t.literals());
    assertEquals(List.of("lr", "seed", "seed"), t.names());
    assertEquals("--lr=0.01:77", t.fill(VALUES));
  }

  /** Values are text: no regex replacement syntax, no shell, no second round of placeholders. */
  @Test
  void valuesAreInsertedVerbatim() {
    assertEquals("$1 \\ {seed}", Placeholders.Template.of("{x}").fill(VALUES));
    assertEquals("/r/a b/out", Placeholders.Template.of("{run_dir}/out").fill(VALUES));
  }

  @Test
  void textWithoutPlaceholdersAndUnknownNamesStayAsTheyAre() {
    assertEquals("{\"a\": 1}", Placeholders.Template.of("{\"a\": 1}").fill(VALUES));
    assertEquals("{nope}-7", Placeholders.Template.of("{nope}-{seed}").fill(VALUES));
    assertEquals("plain", Placeholders.Template.of("plain").fill(VALUES));
    assertEquals("{}", Placeholders.Template.of("{}").fill(VALUES));
  }
}
