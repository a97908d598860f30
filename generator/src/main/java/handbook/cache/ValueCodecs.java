package handbook.cache;

import handbook.diag.Diagnostic;
import handbook.diag.Severity;
import handbook.diag.Span;
import handbook.markdown.DirectiveCall;
import handbook.markdown.Heading;
import handbook.markdown.LinkRef;
import handbook.markdown.RenderOptions;
import handbook.markdown.RenderedMarkdown;
import handbook.markdown.SearchSection;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Codecs for the values parse results are made of: diagnostics, compiled Markdown, plain YAML values. */
public final class ValueCodecs {
  private ValueCodecs() {}

  public static void span(DataOutput out, Span s) throws IOException {
    Codecs.string(out, s.file());
    out.writeInt(s.line());
    out.writeInt(s.column());
  }

  public static Span span(DataInput in) throws IOException {
    return new Span(Codecs.string(in), in.readInt(), in.readInt());
  }

  public static final Codec<Diagnostic> DIAGNOSTIC =
      new Codec<>() {
        @Override
        public void write(Diagnostic d, DataOutput out) throws IOException {
          out.writeBoolean(d.isError());
          Codecs.string(out, d.code());
          Codecs.string(out, d.message());
          span(out, d.span());
          Codecs.string(out, d.hint());
        }

        @Override
        public Diagnostic read(DataInput in) throws IOException {
          Severity s = in.readBoolean() ? Severity.ERROR : Severity.WARNING;
          return new Diagnostic(s, Codecs.string(in), Codecs.string(in), span(in), Codecs.string(in));
        }
      };

  private static final Codec<Heading> HEADING =
      new Codec<>() {
        @Override
        public void write(Heading h, DataOutput out) throws IOException {
          out.writeInt(h.level());
          Codecs.string(out, h.text());
          Codecs.string(out, h.id());
          out.writeInt(h.line());
          out.writeBoolean(h.listed());
        }

        @Override
        public Heading read(DataInput in) throws IOException {
          return new Heading(in.readInt(), Codecs.string(in), Codecs.string(in), in.readInt(), in.readBoolean());
        }
      };

  public static final Codec<LinkRef> LINK =
      new Codec<>() {
        @Override
        public void write(LinkRef l, DataOutput out) throws IOException {
          Codecs.string(out, l.target());
          span(out, l.span());
          out.writeBoolean(l.image());
        }

        @Override
        public LinkRef read(DataInput in) throws IOException {
          return new LinkRef(Codecs.string(in), span(in), in.readBoolean());
        }
      };

  private static final Codec<DirectiveCall> CALL =
      new Codec<>() {
        @Override
        public void write(DirectiveCall c, DataOutput out) throws IOException {
          Codecs.string(out, c.name());
          Codecs.string(out, c.body());
          span(out, c.span());
          out.writeInt(c.bodyLine());
          out.writeInt(c.index());
        }

        @Override
        public DirectiveCall read(DataInput in) throws IOException {
          return new DirectiveCall(Codecs.string(in), Codecs.string(in), span(in), in.readInt(), in.readInt());
        }
      };

  private static final Codec<SearchSection> SECTION =
      new Codec<>() {
        @Override
        public void write(SearchSection s, DataOutput out) throws IOException {
          Codecs.string(out, s.anchor());
          Codecs.string(out, s.title());
          Codecs.string(out, s.text());
          Codecs.string(out, s.terms());
          Codecs.string(out, s.snippet());
        }

        @Override
        public SearchSection read(DataInput in) throws IOException {
          return new SearchSection(Codecs.string(in), Codecs.string(in), Codecs.string(in), Codecs.string(in), Codecs.string(in));
        }
      };

  private static void options(DataOutput out, RenderOptions o) throws IOException {
    out.writeInt(o.headingShift());
    Codecs.string(out, o.idPrefix());
    out.writeBoolean(o.dropLeadingH1());
    out.writeBoolean(o.headingIds());
    out.writeBoolean(o.includesRead());
    out.writeBoolean(o.liquid());
    long on = 0;
    for (RenderOptions.Extension e : o.extensions().on()) {
      on |= 1L << e.ordinal();
    }
    out.writeLong(on);
    Codecs.string(out, o.extensions().provider());
    Codecs.string(out, o.extensions().user());
    Codecs.string(out, o.extensions().repo());
    out.writeInt(o.extensions().variables().size());
    for (java.util.Map.Entry<String, String> v : o.extensions().variables().entrySet()) {
      Codecs.string(out, v.getKey());
      Codecs.string(out, v.getValue());
    }
  }

  private static RenderOptions options(DataInput in) throws IOException {
    RenderOptions o = new RenderOptions(in.readInt(), Codecs.string(in), in.readBoolean(), in.readBoolean(), in.readBoolean(), in.readBoolean());
    long on = in.readLong();
    java.util.Set<RenderOptions.Extension> extensions = java.util.EnumSet.noneOf(RenderOptions.Extension.class);
    for (RenderOptions.Extension e : RenderOptions.Extension.values()) {
      if ((on & 1L << e.ordinal()) != 0) {
        extensions.add(e);
      }
    }
    RenderOptions.Extensions x = new RenderOptions.Extensions(extensions, Codecs.string(in), Codecs.string(in), Codecs.string(in));
    java.util.SortedMap<String, String> variables = new java.util.TreeMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      variables.put(Codecs.string(in), Codecs.string(in));
    }
    return o.withExtensions(x.withVariables(variables));
  }

  public static final Codec<RenderedMarkdown> MARKDOWN =
      new Codec<>() {
        @Override
        public void write(RenderedMarkdown m, DataOutput out) throws IOException {
          Codecs.list(out, m.headings(), HEADING);
          Codecs.list(out, m.links(), LINK);
          Codecs.list(out, m.directives(), CALL);
          Codecs.strings(out, m.extraAnchors());
          Codecs.string(out, m.firstH1());
          Codecs.string(out, m.droppedH1());
          Codecs.string(out, m.htmlH1());
          Codecs.strings(out, m.stepSections().stream().sorted().toList());
          // a block of its own: a build that does not render the page again need not decode it
          Codecs.listBlock(out, m.sections(), SECTION);
          Codecs.string(out, m.html());
          Codecs.strings(out, m.slotUrls());
          Codecs.strings(out, m.embedDefaults());
          out.writeBoolean(m.source() != null);
          if (m.source() != null) {
            Codecs.string(out, m.source().markdown());
            Codecs.string(out, m.source().file());
            out.writeInt(m.source().firstLine());
            options(out, m.source().options());
          }
        }

        @Override
        public RenderedMarkdown read(DataInput in) throws IOException {
          List<Heading> headings = Codecs.list(in, HEADING);
          List<LinkRef> links = Codecs.list(in, LINK);
          List<DirectiveCall> calls = Codecs.list(in, CALL);
          List<String> extra = Codecs.strings(in);
          String firstH1 = Codecs.string(in);
          String dropped = Codecs.string(in);
          String htmlH1 = Codecs.string(in);
          java.util.Set<String> steps = Codecs.stringSet(in);
          List<SearchSection> sections = Codecs.storedList(in, SECTION);
          handbook.markdown.StoredText html = Codecs.storedText(in);
          List<String> slots = Codecs.strings(in);
          List<String> defaults = Codecs.strings(in);
          RenderedMarkdown.Source source = null;
          if (in.readBoolean()) {
            source = new RenderedMarkdown.Source(Codecs.string(in), Codecs.string(in), in.readInt(), options(in));
          }
          return new RenderedMarkdown(headings, links, calls, extra, firstH1, dropped, htmlH1, steps, sections, html, slots, defaults, source);
        }
      };

  public static final Codec<handbook.markdown.Compiled> COMPILED =
      new Codec<>() {
        @Override
        public void write(handbook.markdown.Compiled c, DataOutput out) throws IOException {
          MARKDOWN.write(c.markdown(), out);
          Codecs.list(out, c.warnings(), DIAGNOSTIC);
        }

        @Override
        public handbook.markdown.Compiled read(DataInput in) throws IOException {
          return new handbook.markdown.Compiled(MARKDOWN.read(in), Codecs.list(in, DIAGNOSTIC));
        }
      };

  /** A plain value as YAML gives it: null, string, number, boolean, list or map of those. */
  public static final Codec<Object> PLAIN =
      new Codec<>() {
        @Override
        public void write(Object v, DataOutput out) throws IOException {
          if (v == null) {
            out.writeByte(0);
          } else if (v instanceof String s) {
            out.writeByte(1);
            Codecs.string(out, s);
          } else if (v instanceof Integer i) {
            out.writeByte(2);
            out.writeInt(i);
          } else if (v instanceof Long l) {
            out.writeByte(3);
            out.writeLong(l);
          } else if (v instanceof Double d) {
            out.writeByte(4);
            out.writeDouble(d);
          } else if (v instanceof Boolean b) {
            out.writeByte(5);
            out.writeBoolean(b);
          } else if (v instanceof List<?> l) {
            out.writeByte(6);
            out.writeInt(l.size());
            for (Object o : l) {
              write(o, out);
            }
          } else if (v instanceof Map<?, ?> m) {
            out.writeByte(7);
            out.writeInt(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
              Codecs.string(out, String.valueOf(e.getKey()));
              write(e.getValue(), out);
            }
          } else {
            out.writeByte(1);
            Codecs.string(out, v.toString());
          }
        }

        @Override
        public Object read(DataInput in) throws IOException {
          int tag = in.readByte();
          switch (tag) {
            case 0:
              return null;
            case 1:
              return Codecs.string(in);
            case 2:
              return in.readInt();
            case 3:
              return in.readLong();
            case 4:
              return in.readDouble();
            case 5:
              return in.readBoolean();
            case 6: {
              int n = in.readInt();
              List<Object> l = new ArrayList<>(n);
              for (int i = 0; i < n; i++) {
                l.add(read(in));
              }
              return java.util.Collections.unmodifiableList(l);
            }
            case 7: {
              int n = in.readInt();
              Map<String, Object> m = new LinkedHashMap<>();
              for (int i = 0; i < n; i++) {
                m.put(Codecs.string(in), read(in));
              }
              return java.util.Collections.unmodifiableMap(m);
            }
            default:
              throw new IOException("bad value tag " + tag);
          }
        }
      };
}
