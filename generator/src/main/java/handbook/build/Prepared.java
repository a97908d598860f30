package handbook.build;

import handbook.config.SiteConfig;
import handbook.content.Fact;
import handbook.content.NavTree;
import handbook.content.Page;
import handbook.content.SiteIndex;
import handbook.render.Navigation;
import handbook.render.Templates;
import handbook.source.SourceTree;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything one version needs to be rendered: indexed, links resolved, templates compiled. */
final class Prepared {
  String label;
  String commit = "";
  String date = "";
  SiteConfig config;
  Map<String, String> strings;
  SiteIndex index;
  Map<Page, Build.Resolved> resolved;
  NavTree tree;
  Navigation nav;
  Templates templates;
  SourceTree content;
  SourceTree templateTree;
  List<String> assets;
  Map<String, byte[]> files;
  List<Fact> facts;
  Set<String> urls;
  /** A hash of what every page of this version depends on: templates, config, navigation. */
  String siteHash;
}
