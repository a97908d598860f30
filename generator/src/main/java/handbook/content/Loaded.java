package handbook.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a content kind contributes to one version of the site: pages, link schemes
 * ({@code api:}), directives, extra files ({@code checklist.json}) and facts for comparing
 * versions. Immutable; {@code state} is what the kind keeps from {@code load} for
 * {@code allLoaded} (an immutable value of its own); {@code parts} are files of the content folder
 * its pages include, which are not published on their own; {@code unpublished} its sources that
 * are not published as pages (a draft), each with why, for messages about links to them;
 * {@code menuGroups} the entries of the menu that are no pages (a tool's groups of pages, kind
 * {@code group}, and its links elsewhere, kind {@code link} with the address as {@code href}).
 */
public record Loaded(
    List<Page> pages,
    Map<String, LinkScheme> schemes,
    Map<String, Directive> directives,
    Map<String, byte[]> files,
    List<Fact> facts,
    Object state,
    java.util.Set<String> parts,
    Map<String, String> unpublished,
    List<PageInfo> menuGroups) {
  public Loaded {
    menuGroups = List.copyOf(menuGroups);
    parts = java.util.Set.copyOf(parts);
    unpublished = Map.copyOf(unpublished);
    pages = List.copyOf(pages);
    schemes = Map.copyOf(schemes);
    directives = Map.copyOf(directives);
    files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
    facts = List.copyOf(facts);
  }

  public static final Loaded EMPTY = new Builder().build();

  public static Builder builder() {
    return new Builder();
  }

  /** A copy to add to. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.pages.addAll(pages);
    b.schemes.putAll(schemes);
    b.directives.putAll(directives);
    b.files.putAll(files);
    b.facts.addAll(facts);
    b.state = state;
    b.parts.addAll(parts);
    b.unpublished.putAll(unpublished);
    b.menuGroups.addAll(menuGroups);
    return b;
  }

  /** Collects a kind's contribution; not thread-safe. */
  public static final class Builder {
    private final List<Page> pages = new ArrayList<>();
    private final Map<String, LinkScheme> schemes = new TreeMap<>();
    private final Map<String, Directive> directives = new TreeMap<>();
    private final Map<String, byte[]> files = new TreeMap<>();
    private final List<Fact> facts = new ArrayList<>();
    private final java.util.Set<String> parts = new java.util.TreeSet<>();
    private final Map<String, String> unpublished = new TreeMap<>();
    private final List<PageInfo> menuGroups = new ArrayList<>();
    private Object state;

    public Builder page(Page p) {
      pages.add(p);
      return this;
    }

    public Builder pages(java.util.Collection<? extends Page> ps) {
      pages.addAll(ps);
      return this;
    }

    public Builder scheme(String name, LinkScheme s) {
      schemes.put(name, s);
      return this;
    }

    public Builder directive(Directive d) {
      directives.put(d.name(), d);
      return this;
    }

    /** An extra output file at a site path. */
    public Builder file(String sitePath, byte[] content) {
      files.put(sitePath, content);
      return this;
    }

    public Builder fact(Fact f) {
      facts.add(f);
      return this;
    }

    /** A file of the content folder read as a part of pages (an include): not published on its own. */
    public Builder part(String contentPath) {
      parts.add(contentPath);
      return this;
    }

    /** A source of the content folder not published as a page, and why ({@code it is a draft}). */
    public Builder unpublished(String contentPath, String why) {
      unpublished.put(contentPath, why);
      return this;
    }

    /** An entry of the menu that is no page: a group of pages or a link elsewhere ({@link PageInfo} of kind {@code group} or {@code link}). */
    public Builder menuGroup(PageInfo group) {
      menuGroups.add(group);
      return this;
    }

    public Builder state(Object s) {
      state = s;
      return this;
    }

    public Loaded build() {
      return new Loaded(pages, schemes, directives, files, facts, state, parts, unpublished, menuGroups);
    }
  }
}
