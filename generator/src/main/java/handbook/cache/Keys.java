package handbook.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Cache keys: 128 bits of SHA-256 over the parts, each part length-prefixed so none can shift into another. */
public final class Keys {
  private Keys() {}

  public static String of(String... parts) {
    MessageDigest d = sha256();
    for (String p : parts) {
      byte[] b = (p == null ? "\u0000null" : p).getBytes(StandardCharsets.UTF_8);
      d.update(intBytes(b.length));
      d.update(b);
    }
    return HexFormat.of().formatHex(d.digest(), 0, 16);
  }

  /** A key builder for many parts. */
  public static final class Builder {
    private final MessageDigest d;

    public Builder() {
      this(sha256());
    }

    private Builder(MessageDigest d) {
      this.d = d;
    }

    public Builder add(String p) {
      byte[] b = (p == null ? "\u0000null" : p).getBytes(StandardCharsets.UTF_8);
      d.update(intBytes(b.length));
      d.update(b);
      return this;
    }

    /** A builder that goes on from the parts given this one so far (this one unchanged). */
    public Builder copy() {
      try {
        return new Builder((MessageDigest) d.clone());
      } catch (CloneNotSupportedException e) {
        throw new IllegalStateException(e);
      }
    }

    public String build() {
      return HexFormat.of().formatHex(d.digest(), 0, 16);
    }
  }

  private static byte[] intBytes(int n) {
    return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
