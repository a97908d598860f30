package handbook.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MinifierTest {
  @Test
  void cssLosesCommentsAndSpacesButKeepsWhatValuesNeed() {
    String css =
        """
        /* a comment */
        .a  >  .b , .c :hover {
          margin : 0 auto ;
          width: calc(100% - 2rem);
          content: "  a ; b  ";
          background: url( icons/x.svg ) no-repeat;
        }
        @media (min-width: 60em) and (prefers-color-scheme: dark) {
          .d { color: red !important; }
        }
        """;
    assertEquals(
        ".a>.b,.c :hover{margin :0 auto;width:calc(100% - 2rem);content:\"  a ; b  \";background:url( icons/x.svg ) no-repeat}"
            + "@media (min-width:60em) and (prefers-color-scheme:dark){.d{color:red!important}}\n",
        Minifier.css(css));
  }

  @Test
  void licenceCommentsStay() {
    assertEquals("/*! MIT */\n.a{b:c}\n", Minifier.css("/*! MIT */\n.a { b: c; }"));
    assertEquals("/*! MIT */\nvar a=1\n", Minifier.js("/*! MIT */\nvar a = 1 // one\n"));
  }

  @Test
  void jsKeepsLineBreaksThatMayEndAStatement() {
    String js =
        """
        // leading comment
        var a = 1
        var b = a++
        b
        return /* inline */ x
        """;
    assertEquals("var a=1\nvar b=a++\nb\nreturn x\n", Minifier.js(js));
  }

  @Test
  void jsJoinsLinesThatCannotEndAStatement() {
    assertEquals("var a=[1,2,3].map(function(x){return x+1})\n", Minifier.js("var a = [\n  1,\n  2,\n  3\n].map(function (x) {\n  return x + 1;\n}\n)\n".replace(";", "")));
  }

  @Test
  void jsCopiesStringsRegexesAndTemplatesAsTheyAre() {
    assertEquals(
        "var s=\"a  // b\",r=/[/ ]+ \\//g.test(s)&&'c /* d */',t=`x ${ y + \"}\" } z`\n",
        Minifier.js("var s = \"a  // b\", r = /[/ ]+ \\//g.test(s) && 'c /* d */', t = `x ${ y + \"}\" } z`\n"));
    assertEquals("return/a b/.test(x)\n", Minifier.js("return /a b/.test(x)"));
  }

  @Test
  void jsTellsDivisionFromRegex() {
    assertEquals("var x=a/b/c,y=(a)/ 2\n".replace("/ 2", "/2"), Minifier.js("var x = a / b / c, y = (a) / 2"));
  }

  @Test
  void jsKeepsOperatorsApartThatWouldMerge() {
    assertEquals("a=b+ +c-d- -e\n", Minifier.js("a = b + +c - d - -e"));
    assertEquals("if(a)\nb()\nelse\nc()\n", Minifier.js("if (a)\n  b()\nelse\n  c()"));
  }
}
