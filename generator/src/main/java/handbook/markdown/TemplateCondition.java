package handbook.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A condition of Liquid's or Jinja's {@code {% if %}} over known values: comparisons
 * ({@code ==}, {@code !=}, {@code <}, {@code >}, {@code <=}, {@code >=}, Liquid's
 * {@code contains}, Jinja's {@code in} on texts), {@code and}, {@code or}, Jinja's {@code not}
 * and parentheses, of variables by their paths ({@code site.show_banner}), texts, numbers,
 * {@code true}, {@code false} and {@code nil}/{@code none}. A variable not among the values (a
 * list, a value of the tool's own, a loop's) makes it unreadable. Truth as each language has it:
 * in Liquid only nil and false are false, in Jinja also an empty text and zero. Liquid reads
 * {@code and} and {@code or} from the right, without precedence; Jinja with it.
 */
final class TemplateCondition {
  private TemplateCondition() {}

  /** Thrown where a condition names something not known here. */
  private static final class Unreadable extends RuntimeException {
    Unreadable() {
      super(null, null, false, false);
    }
  }

  private static final Object NIL = new Object();

  /** Whether the condition holds; null where it cannot be read. */
  static Boolean holds(String condition, Map<String, String> variables, boolean jinja) {
    try {
      List<String> tokens = tokens(condition);
      if (tokens.isEmpty()) {
        return null;
      }
      TemplateCondition.Parser p = new Parser(tokens, variables, jinja);
      boolean out = p.truth(jinja ? p.or() : p.liquid());
      return p.at == tokens.size() ? out : null;
    } catch (Unreadable e) {
      return null;
    }
  }

  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"' || c == '\'') {
        int end = s.indexOf(c, i + 1);
        if (end < 0) {
          throw new Unreadable();
        }
        out.add(s.substring(i, end + 1));
        i = end + 1;
      } else if ("=!<>".indexOf(c) >= 0) {
        int n = i + 1 < s.length() && (s.charAt(i + 1) == '=' || c == '<' && s.charAt(i + 1) == '>') ? 2 : 1;
        out.add(s.substring(i, i + n));
        i += n;
      } else if (c == '(' || c == ')') {
        out.add(String.valueOf(c));
        i++;
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.') {
        int end = i + 1;
        while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_' || s.charAt(end) == '.')) {
          end++;
        }
        out.add(s.substring(i, end));
        i = end;
      } else {
        // (filters, indexes, anything else)
        throw new Unreadable();
      }
    }
    return out;
  }

  private static final class Parser {
    private final List<String> tokens;
    private final Map<String, String> variables;
    private final boolean jinja;
    private int at;

    Parser(List<String> tokens, Map<String, String> variables, boolean jinja) {
      this.tokens = tokens;
      this.variables = variables;
      this.jinja = jinja;
    }

    private String peek() {
      return at < tokens.size() ? tokens.get(at) : null;
    }

    private String next() {
      if (at >= tokens.size()) {
        throw new Unreadable();
      }
      return tokens.get(at++);
    }

    /** Liquid: a comparison, then {@code and} or {@code or} and the rest, read first. */
    Object liquid() {
      Object left = comparison();
      String op = peek();
      if ("and".equals(op) || "or".equals(op)) {
        at++;
        boolean right = truth(liquid());
        return op.equals("and") ? truth(left) && right : truth(left) || right;
      }
      return left;
    }

    Object or() {
      Object left = and();
      while ("or".equals(peek())) {
        at++;
        boolean right = truth(and());
        left = truth(left) || right;
      }
      return left;
    }

    private Object and() {
      Object left = not();
      while ("and".equals(peek())) {
        at++;
        boolean right = truth(not());
        left = truth(left) && right;
      }
      return left;
    }

    private Object not() {
      if ("not".equals(peek())) {
        at++;
        return !truth(not());
      }
      return comparison();
    }

    private Object comparison() {
      Object left = operand();
      String op = peek();
      if (op == null) {
        return left;
      }
      switch (op) {
        case "==", "!=", "<>", "<", ">", "<=", ">=" -> {
          at++;
          Object right = operand();
          return compare(op, left, right);
        }
        case "contains" -> {
          if (jinja) {
            return left;
          }
          at++;
          return contains(left, operand());
        }
        case "in" -> {
          if (!jinja) {
            return left;
          }
          at++;
          return contains(operand(), left);
        }
        default -> {
          return left;
        }
      }
    }

    private Object operand() {
      String t = next();
      if (jinja && t.equals("(")) {
        Object inner = or();
        if (!")".equals(next())) {
          throw new Unreadable();
        }
        return inner;
      }
      if (t.startsWith("\"") || t.startsWith("'")) {
        return t.substring(1, t.length() - 1);
      }
      switch (jinja ? t.toLowerCase(java.util.Locale.ROOT) : t) {
        case "true" -> {
          return Boolean.TRUE;
        }
        case "false" -> {
          return Boolean.FALSE;
        }
        case "nil", "null", "none" -> {
          return NIL;
        }
        default -> {}
      }
      if (t.matches("-?\\d+(\\.\\d+)?")) {
        return Double.valueOf(t);
      }
      if (!t.matches("[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)*") || !variables.containsKey(t)) {
        throw new Unreadable();
      }
      String v = variables.get(t);
      // (a truth value of YAML: true or false; a number as a number)
      if (v.equals("true") || v.equals("false")) {
        return Boolean.valueOf(v);
      }
      if (v.matches("-?\\d+(\\.\\d+)?")) {
        return Double.valueOf(v);
      }
      return v;
    }

    private boolean compare(String op, Object a, Object b) {
      if (a instanceof Boolean && b instanceof String || a instanceof String && b instanceof Boolean) {
        // (YAML's true and the text "true" are one value here: which is meant is not known)
        throw new Unreadable();
      }
      if (op.equals("==") || op.equals("!=") || op.equals("<>")) {
        boolean same = a == NIL || b == NIL ? a == b : a instanceof Double x && b instanceof Double y ? x.doubleValue() == y.doubleValue() : a.equals(b);
        return op.equals("==") == same;
      }
      int c;
      if (a instanceof Double x && b instanceof Double y) {
        c = Double.compare(x, y);
      } else if (a instanceof String x && b instanceof String y) {
        c = x.compareTo(y);
      } else {
        throw new Unreadable();
      }
      return switch (op) {
        case "<" -> c < 0;
        case ">" -> c > 0;
        case "<=" -> c <= 0;
        default -> c >= 0;
      };
    }

    private boolean contains(Object in, Object what) {
      if (in instanceof String s && what instanceof String w) {
        return s.contains(w);
      }
      throw new Unreadable();
    }

    boolean truth(Object v) {
      if (v == NIL || Boolean.FALSE.equals(v)) {
        return false;
      }
      if (jinja && (v instanceof String s && s.isEmpty() || v instanceof Double d && d == 0)) {
        return false;
      }
      return true;
    }
  }
}
