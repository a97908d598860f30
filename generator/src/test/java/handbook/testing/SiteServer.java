package handbook.testing;

import java.io.IOException;
import java.nio.file.Path;

/** A built site served on 127.0.0.1 for a browser or an HTTP client. */
public interface SiteServer extends AutoCloseable {
  /** The address of a site path ({@code docs/} is {@code http://127.0.0.1:PORT/docs/}). */
  String url(String path);

  @Override
  void close();

  /**
   * The site served through nginx with {@code deploy/nginx.conf} (the headers readers get) when
   * nginx is installed, else by {@link StaticServer}; with {@code HANDBOOK_REQUIRE_NGINX} set a
   * missing nginx fails the test.
   */
  static SiteServer of(Path site) throws IOException {
    if (NginxServer.installed()) {
      return NginxServer.start(site);
    }
    NginxServer.failIfRequired();
    return new StaticServer(site);
  }
}
