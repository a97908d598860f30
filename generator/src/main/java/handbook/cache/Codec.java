package handbook.cache;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** Writes a value to bytes and reads it back, for the cache folder. */
public interface Codec<T> {
  void write(T value, DataOutput out) throws IOException;

  T read(DataInput in) throws IOException;
}
