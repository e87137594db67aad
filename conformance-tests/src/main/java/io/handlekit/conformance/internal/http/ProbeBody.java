package io.handlekit.conformance.internal.http;

import io.handlekit.conformance.HostileBody;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** What a probe sends as its body. Internal: public only because the checks make probes; not API. */
public sealed interface ProbeBody {
  long length();

  /** No body at all. */
  record None() implements ProbeBody {
    @Override
    public long length() {
      return 0;
    }
  }

  /** A body held in memory. */
  record Bytes(byte[] bytes) implements ProbeBody {
    @Override
    public long length() {
      return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Bytes that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** A body produced while it is sent. */
  record Streamed(HostileBody body) implements ProbeBody {
    @Override
    public long length() {
      return body.length();
    }
  }
}
