package io.seedscope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapesMarkupCharactersInTextAndAttributes() {
    String evil = "<script>alert(1)</script> & \"q\" 'a'";
    String expected = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39;a&#39;";
    assertEquals(expected, Html.text(evil));
    assertEquals(expected, Html.attr(evil));
    // Entity-looking input is escaped again, not passed through.
    assertEquals("&amp;lt;", Html.text("&lt;"));
  }

  @Test
  void attributeValueCannotBeClosedWithEitherQuote() {
    String a = Html.attr("x\" onmouseover=\"alert(1)' onload='y");
    assertFalse(a.contains("\""));
    assertFalse(a.contains("'"));
  }

  @Test
  void controlCharactersAndBrokenSurrogatesBecomeReplacementChar() {
    assertEquals("a\uFFFDb\tc\nd", Html.text("a\u0000b\tc\nd"));
    assertEquals("\uFFFD", Html.text("\u0085"));
    assertEquals("\uFFFDx", Html.text("\uD800x"));
    assertEquals("\uFFFD", Html.text("\uDC00"));
    assertEquals("\uD83D\uDE00", Html.text("\uD83D\uDE00")); // a valid pair stays
  }

  @Test
  void plainTextIsReturnedUnchangedAndNullIsEmpty() {
    String s = "ppo-clip v2 (lr=3e-4)";
    assertEquals(s, Html.text(s));
    assertEquals("", Html.text(null));
  }

  @Test
  void markdownEscapesPipesMarkupAndHtml() {
    assertEquals(
        "a\\|b \\*c\\* &lt;script&gt; \\[x\\]\\(y\\) \\_z\\_ &amp;",
        MarkdownText.escape("a|b *c* <script> [x](y) _z_ &"));
    assertEquals("line1 line2", MarkdownText.escape("line1\nline2"));
  }
}
