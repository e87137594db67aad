package io.handlekit.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.handlekit.core.json.StrictJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Not part of the comparison: each pair times one step of the validator's hot path as it is ({@code current})
 * against a proposed replacement ({@code proposed}), on copies of that step kept here, so that a proposal comes
 * with a measurement. Run it on its own: {@code java -jar benchmarks/target/benchmarks.jar ProposalBenchmark -prof gc}.
 * The {@code current} copies are of the validator at commit 5797ea0; the {@code precheck} and {@code locate}
 * proposals were taken up in commit 6d39402 (the validator now places only the violations' pointers and stops
 * early, without skipping containers), the {@code parse} one is still open.
 *
 * <ul>
 *   <li>{@code precheck*}: the UTF-8 and backslash pre-pass of {@code InputDecoder.checkBytes}, byte by byte
 *       against eight ASCII bytes at a time.
 *   <li>{@code parse*}: the strict parse with Jackson's streaming duplicate detector ({@code DupDetector}, a
 *       {@code HashSet} per object) against duplicate detection by the tree itself
 *       ({@code FAIL_ON_READING_DUP_TREE_KEY}).
 *   <li>{@code locate*}: {@code LocationIndex.index}, which builds a pointer and a location for every value of
 *       the body and counts each one's column ({@code Columns.column} scans back to the start of the line, so a
 *       one-line body costs quadratic time), against (a) the same index with columns counted only for the
 *       pointers a report uses, and (b) an index of only those pointers.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dslf4j.internal.verbosity=ERROR"})
public class ProposalBenchmark {
  @Param({Bodies.INVITE, Bodies.INVITE_4K})
  public String input;

  private byte[] body;
  /** The pointers a report on this body would place: the 4 KB body's warnings, the typical invite's scid. */
  private Set<String> wanted;
  private final JsonFactory factory = StrictJson.factory(StrictJson.DEFAULT_MAX_DEPTH);
  private final JsonMapper streamDup = StrictJson.mapper(StrictJson.DEFAULT_MAX_DEPTH);
  private final JsonMapper treeDup = JsonMapper.builder(StrictJson.factory(StrictJson.DEFAULT_MAX_DEPTH))
      .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    body = Bodies.load(input);
    wanted = input.equals(Bodies.INVITE_4K) ? Set.of("/correlationId", "/clientInfo", "/telemetry") : Set.of("/sessionRef/scid");
    // The proposals must give the same answers as what they replace.
    for (String json : new String[] {"{\"a\":\"x\\\\y\"}", "{\"a\":\"é한😀\"}", "{\"a\":\"\u00e9\"}"}) {
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      check(precheckCurrent(bytes, 0) == precheckProposed(bytes, 0), "precheck differs on " + json);
    }
    byte[][] invalid = {{'{', (byte) 0xC0, (byte) 0x80, '}'}, {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'},
        {'"', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', (byte) 0xFF}};
    for (byte[] bytes : invalid) {
      check(precheckCurrent(bytes, 0) == -1 && precheckProposed(bytes, 0) == -1, "precheck accepts invalid UTF-8");
    }
    check(precheckCurrent(body, 0) == precheckProposed(body, 0), "precheck differs on the body");
    for (String name : new String[] {Bodies.ACTIVITY, Bodies.INVITE, Bodies.INVITE_4K, Bodies.INVITE_4K_KNOWN, Bodies.INVITE_INVALID}) {
      byte[] bytes = Bodies.load(name);
      check(utf8Current(bytes, 0) == precheckCurrent(bytes, 0) && utf8RunsProposed(bytes, 0) == precheckCurrent(bytes, 0),
          "utf8 pre-pass differs on " + name);
    }
    java.util.Random random = new java.util.Random(42);
    byte[] pool = "a\\\"é한😀 ~".getBytes(StandardCharsets.UTF_8);
    for (int n = 0; n < 20000; n++) {
      byte[] bytes = new byte[random.nextInt(40)];
      for (int k = 0; k < bytes.length; k++) {
        bytes[k] = random.nextInt(10) == 0 ? (byte) random.nextInt(256) : pool[random.nextInt(pool.length)];
      }
      int expected = precheckCurrent(bytes, 0);
      check(utf8Current(bytes, 0) == expected && utf8RunsProposed(bytes, 0) == expected
          && precheckProposed(bytes, 0) == expected, "pre-passes differ on random bytes " + java.util.Arrays.toString(bytes));
    }
    check(streamDup.readTree(body).equals(treeDup.readTree(body)), "the trees differ");
    for (JsonMapper mapper : new JsonMapper[] {streamDup, treeDup}) {
      try {
        mapper.readTree("{\"a\":{\"b\":1,\"b\":2}}");
        check(false, "a duplicate key is accepted");
      } catch (IOException expected) {
        // refused, as it must be
      }
    }
    Map<String, long[]> all = locateAll(body);
    Map<String, long[]> some = locateWanted(body, wanted);
    check(some.keySet().equals(wanted), "not every wanted pointer is located");
    Map<String, long[]> lazy = placeColumns(locateAll(body, false), body, wanted);
    for (String pointer : wanted) {
      check(java.util.Arrays.equals(all.get(pointer), some.get(pointer)), "locations differ at " + pointer);
      check(java.util.Arrays.equals(all.get(pointer), lazy.get(pointer)), "lazy columns differ at " + pointer);
    }
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException(what);
    }
  }

  @Benchmark
  public int precheckCurrent() {
    return precheckCurrent(body, 0);
  }

  @Benchmark
  public int precheckProposed() {
    return precheckProposed(body, 0);
  }

  @Benchmark
  public int utf8Current() {
    return utf8Current(body, 0);
  }

  @Benchmark
  public int utf8RunsProposed() {
    return utf8RunsProposed(body, 0);
  }

  @Benchmark
  public JsonNode parseStreamDupCurrent() throws IOException {
    return streamDup.readTree(body);
  }

  @Benchmark
  public JsonNode parseTreeDupProposed() throws IOException {
    return treeDup.readTree(body);
  }

  @Benchmark
  public Map<String, long[]> locateAllCurrent() {
    return locateAll(body);
  }

  @Benchmark
  public Map<String, long[]> locateLazyColumnsProposed() {
    return placeColumns(locateAll(body, false), body, wanted);
  }

  @Benchmark
  public Map<String, long[]> locateWantedProposed() {
    return locateWanted(body, wanted);
  }

  // ---- the UTF-8 pre-pass: -1 when invalid, else 1 when a backslash occurs, 0 when none

  /** As {@code InputDecoder.checkBytes} does it: one byte at a time. */
  static int precheckCurrent(byte[] bytes, int start) {
    boolean escapes = false;
    for (int i = start; i < bytes.length; ) {
      int b = bytes[i];
      if (b >= 0) {
        escapes |= b == '\\';
        i++;
        continue;
      }
      int length = utf8SequenceLength(bytes, i);
      if (length < 0) {
        return -1;
      }
      i += length;
    }
    return escapes ? 1 : 0;
  }

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long ONES = 0x0101010101010101L;
  private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;

  /** Proposed: eight bytes at a time while they are ASCII (a backslash found with the zero-byte trick), else as before. */
  static int precheckProposed(byte[] bytes, int start) {
    boolean escapes = false;
    int i = start;
    int end = bytes.length;
    while (i < end) {
      if (i + 8 <= end) {
        long word = (long) LONGS.get(bytes, i);
        if ((word & HIGH_BITS) == 0) {
          if (!escapes) {
            long x = word ^ BACKSLASHES;
            escapes = ((x - ONES) & ~x & HIGH_BITS) != 0;
          }
          i += 8;
          continue;
        }
      }
      int b = bytes[i];
      if (b >= 0) {
        escapes |= b == '\\';
        i++;
        continue;
      }
      int length = utf8SequenceLength(bytes, i);
      if (length < 0) {
        return -1;
      }
      i += length;
    }
    return escapes ? 1 : 0;
  }

  /** As {@code InputDecoder.checkBytes} does it since commit 6d39402: eight ASCII bytes at a time, else byte by byte. */
  static int utf8Current(byte[] bytes, int start) {
    boolean escapes = false;
    for (int i = start; i < bytes.length; ) {
      if (i + 8 <= bytes.length) {
        long word = (long) LONGS.get(bytes, i);
        if ((word & HIGH_BITS) == 0) {
          long x = word ^ BACKSLASHES;
          escapes |= ((x - ONES) & ~x & HIGH_BITS) != 0;
          i += 8;
          continue;
        }
      }
      int b = bytes[i];
      if (b >= 0) {
        escapes |= b == '\\';
        i++;
        continue;
      }
      int length = utf8SequenceLength(bytes, i);
      if (length < 0) {
        return -1;
      }
      i += length;
    }
    return escapes ? 1 : 0;
  }

  /**
   * Proposed: as {@link #utf8Current}, but a non-ASCII byte starts a run that is decoded sequence by sequence
   * until the next ASCII byte, the common three-byte lead bytes (E1-EC, EE, EF: no restricted second byte)
   * checked inline, and ASCII runs shorter than eight bytes are taken byte by byte without a word read.
   */
  static int utf8RunsProposed(byte[] bytes, int start) {
    boolean escapes = false;
    int i = start;
    int end = bytes.length;
    while (i < end) {
      if (i + 8 <= end) {
        long word = (long) LONGS.get(bytes, i);
        if ((word & HIGH_BITS) == 0) {
          long x = word ^ BACKSLASHES;
          escapes |= ((x - ONES) & ~x & HIGH_BITS) != 0;
          i += 8;
          continue;
        }
      }
      int b = bytes[i];
      // ASCII up to the next non-ASCII byte (fewer than eight, or the word read would have taken them)
      while (b >= 0) {
        escapes |= b == '\\';
        if (++i == end) {
          return escapes ? 1 : 0;
        }
        b = bytes[i];
      }
      // non-ASCII sequences up to the next ASCII byte
      do {
        int b0 = b & 0xFF;
        if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 >= 0xEE && b0 <= 0xEF) {
          if (i + 3 > end || (bytes[i + 1] & 0xC0) != 0x80 || (bytes[i + 2] & 0xC0) != 0x80) {
            return -1;
          }
          i += 3;
        } else {
          int length = utf8SequenceLength(bytes, i);
          if (length < 0) {
            return -1;
          }
          i += length;
        }
      } while (i < end && (b = bytes[i]) < 0);
    }
    return escapes ? 1 : 0;
  }

  /** A copy of {@code InputDecoder.utf8SequenceLength} (RFC 3629: no overlong forms, no surrogates). */
  private static int utf8SequenceLength(byte[] bytes, int i) {
    int b0 = bytes[i] & 0xFF;
    int length;
    int min2;
    int max2 = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      length = 2;
      min2 = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      length = 3;
      min2 = b0 == 0xE0 ? 0xA0 : 0x80;
      max2 = b0 == 0xED ? 0x9F : 0xBF;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      length = 4;
      min2 = b0 == 0xF0 ? 0x90 : 0x80;
      max2 = b0 == 0xF4 ? 0x8F : 0xBF;
    } else {
      return -1;
    }
    if (i + length > bytes.length) {
      return -1;
    }
    int b1 = bytes[i + 1] & 0xFF;
    if (b1 < min2 || b1 > max2) {
      return -1;
    }
    for (int k = 2; k < length; k++) {
      int b = bytes[i + k] & 0xFF;
      if (b < 0x80 || b > 0xBF) {
        return -1;
      }
    }
    return length;
  }

  // ---- locations: pointer -> {line, column, offset}

  /** As {@code LocationIndex.index} does it: every value of the body, each with its column ({@code Columns.column}). */
  Map<String, long[]> locateAll(byte[] bytes) {
    return locateAll(bytes, true);
  }

  /** {@code columns}: whether to count each value's column (as now) or to leave it for {@link #placeColumns}. */
  Map<String, long[]> locateAll(byte[] bytes, boolean columns) {
    try (JsonParser parser = factory.createParser(bytes)) {
      Map<String, long[]> index = new HashMap<>();
      Deque<String> pointers = new ArrayDeque<>();
      Deque<int[]> arrayIndexes = new ArrayDeque<>();
      String fieldName = null;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME) {
          fieldName = parser.currentName();
          continue;
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          pointers.pop();
          arrayIndexes.pop();
          continue;
        }
        String pointer;
        if (pointers.isEmpty()) {
          pointer = "";
        } else if (arrayIndexes.peek()[0] >= 0) {
          pointer = child(pointers.peek(), Integer.toString(arrayIndexes.peek()[0]++));
        } else {
          pointer = child(pointers.peek(), fieldName);
        }
        index.putIfAbsent(pointer, at(parser, bytes, columns));
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          pointers.push(pointer);
          arrayIndexes.push(new int[] {token == JsonToken.START_ARRAY ? 0 : -1});
        }
      }
      return index;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Proposed: only the wanted pointers. A container that holds none of them is skipped without building
   * pointers ({@code skipChildren}), and the pass stops once every wanted pointer is found.
   */
  Map<String, long[]> locateWanted(byte[] bytes, Set<String> wanted) {
    try (JsonParser parser = factory.createParser(bytes)) {
      Map<String, long[]> index = new HashMap<>(wanted.size() * 2);
      Deque<String> pointers = new ArrayDeque<>();
      Deque<int[]> arrayIndexes = new ArrayDeque<>();
      String fieldName = null;
      JsonToken token;
      while (index.size() < wanted.size() && (token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME) {
          fieldName = parser.currentName();
          continue;
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          pointers.pop();
          arrayIndexes.pop();
          continue;
        }
        String pointer;
        if (pointers.isEmpty()) {
          pointer = "";
        } else if (arrayIndexes.peek()[0] >= 0) {
          pointer = child(pointers.peek(), Integer.toString(arrayIndexes.peek()[0]++));
        } else {
          pointer = child(pointers.peek(), fieldName);
        }
        if (wanted.contains(pointer)) {
          index.putIfAbsent(pointer, at(parser, bytes, true));
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          if (holdsWanted(pointer, wanted)) {
            pointers.push(pointer);
            arrayIndexes.push(new int[] {token == JsonToken.START_ARRAY ? 0 : -1});
          } else {
            parser.skipChildren();
          }
        }
      }
      return index;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean holdsWanted(String container, Set<String> wanted) {
    for (String pointer : wanted) {
      if (pointer.length() > container.length() && pointer.startsWith(container)
          && pointer.charAt(container.length()) == '/') {
        return true;
      }
    }
    return false;
  }

  private static String child(String parent, String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return parent + "/" + name;
    }
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  private static long[] at(JsonParser parser, byte[] bytes, boolean columns) {
    var location = parser.currentTokenLocation();
    long offset = location.getByteOffset();
    return new long[] {location.getLineNr(), columns ? column(bytes, 0, offset) : 0, offset};
  }

  /** Counts the columns of the located pointers that a report uses, after the index is built. */
  static Map<String, long[]> placeColumns(Map<String, long[]> index, byte[] bytes, Set<String> wanted) {
    Map<String, long[]> placed = new HashMap<>(wanted.size() * 2);
    for (String pointer : wanted) {
      long[] at = index.get(pointer);
      if (at != null) {
        placed.put(pointer, new long[] {at[0], column(bytes, 0, at[2]), at[2]});
      }
    }
    return placed;
  }

  /** A copy of {@code Columns.column}: code points from the start of the line to {@code offset}, plus one. */
  static int column(byte[] bytes, int start, long offset) {
    int column = 1;
    for (int i = (int) Math.min(offset, bytes.length) - 1; i >= start && bytes[i] != '\n'; i--) {
      if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return column;
  }
}
