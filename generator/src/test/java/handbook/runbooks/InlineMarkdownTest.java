package handbook.runbooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InlineMarkdownTest {
  @Test
  void codeSpansBecomeCodeAndEverythingElseIsEscaped() {
    assertEquals(
        "Mange 503-svar (<code>503 Service Unavailable</code>, koden <code>database_unavailable</code>)",
        InlineMarkdown.html("Mange 503-svar (`503 Service Unavailable`, koden `database_unavailable`)"));
    assertEquals("&lt;b&gt;fet&lt;/b&gt; og [lenke](x) &amp; *stjerne*", InlineMarkdown.html("<b>fet</b> og [lenke](x) & *stjerne*"));
    assertEquals("<code>&lt;script&gt;</code>", InlineMarkdown.html("`<script>`"));
  }

  @Test
  void backtickRunsPairByLengthAndAnUnclosedRunIsText() {
    assertEquals("<code>a ` b</code>", InlineMarkdown.html("`` a ` b ``"));
    assertEquals("ett ` løst", InlineMarkdown.html("ett ` løst"));
    assertEquals("<code> </code>", InlineMarkdown.html("` `"), "a span of only spaces keeps them");
  }

  @Test
  void plainTextDropsTheBackticks() {
    assertEquals("koden database_unavailable", InlineMarkdown.plain("koden `database_unavailable`"));
    assertEquals("ett ` løst", InlineMarkdown.plain("ett ` løst"));
  }
}
