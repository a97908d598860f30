package handbook.config;

import java.util.Map;

/**
 * The languages pages are written in where they are not the language of the site's own words:
 * {@code tag} that of the pages (null: the words'), {@code folders} that of the pages of a folder
 * (a content path ending in {@code /}: a locale's, {@code docs/fr/}), by folder.
 */
public record PageLanguages(String tag, Map<String, String> folders) {
  public PageLanguages {
    // sorted: its text is part of pages' keys
    folders = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(folders));
  }

  /** The language of the page of a content path: its folder's (the deepest that has one), else {@link #tag}, else {@code words}. */
  public String of(String path, String words) {
    String found = null;
    int depth = -1;
    for (Map.Entry<String, String> e : folders.entrySet()) {
      if (path.startsWith(e.getKey()) && e.getKey().length() > depth) {
        found = e.getValue();
        depth = e.getKey().length();
      }
    }
    return found != null ? found : tag != null ? tag : words;
  }

  /** The same without a language of the pages (a site.yaml's language is theirs): null where no folder has one. */
  PageLanguages withoutTag() {
    return folders.isEmpty() ? null : new PageLanguages(null, folders);
  }
}
