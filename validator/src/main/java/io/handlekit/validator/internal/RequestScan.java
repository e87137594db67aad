package io.handlekit.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.handlekit.core.PropertyNames;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The hot path's reading of a request body given as bytes: one pass over them that checks UTF-8 and the JSON grammar
 * and keeps only what the contract's rules read, without a parser or a tree of the whole body. What it keeps is a
 * tree of the contract's objects and their members, where the value of an unknown member stands as {@code null} and
 * {@code senderString} as an empty string (the rules read their names and types, never their contents), and the
 * position of each value kept (its line, and its column in characters), for placing findings.
 *
 * <p>It reads what traffic sends, with findings or without. Anything it cannot read exactly as the exact path
 * ({@link InputDecoder}) would, it gives up on ({@link #read} returns {@code null}) and the engine reads the body the
 * exact way, which says what is wrong: a byte order mark, bytes that are not UTF-8, text that is not strict JSON, a
 * duplicate name, nesting past {@value #MAX_SCAN_DEPTH} levels or the validator's limit, an escape in a name or in a
 * value a rule reads, a lone surrogate, a contract member of a JSON type the contract does not allow there, a number
 * other than a small non-negative integer where a rule reads one, an object with more than {@value #MAX_NAMES}
 * names. A property test and a fuzz test hold the two readings to the same report on every body this one reads.
 */
final class RequestScan {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW_BITS = 0x0101_0101_0101_0101L;
  private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
  private static final long QUOTES = 0x2222_2222_2222_2222L;
  private static final long BACKSLASHES = 0x5C5C_5C5C_5C5C_5C5CL;
  private static final long SPACES = 0x2020_2020_2020_2020L;
  private static final int END = -1;

  // The contract's bodies are 3 levels deep; deeper nesting (in unknown members) is rare enough for the exact path.
  static final int MAX_SCAN_DEPTH = 32;
  // Names of one object are compared pairwise for duplicates: few, or the exact path.
  static final int MAX_NAMES = 16;

  private static final Names ROOT = new Names(PropertyNames.IN_INVITE_REQUEST); // an activity's are among them
  private static final Names SESSION_REF = new Names(PropertyNames.IN_SESSION_REF);
  private static final Names ATTRIBUTES = new Names(PropertyNames.IN_INVITE_ATTRIBUTES);

  /** The tree of what the rules read, and where each of its values starts. */
  record Reading(ObjectNode tree, ValuePositions positions) {}

  /** What the scan keeps of a known member's value. */
  private enum Kind {
    /** A string, decoded. */
    TEXT,
    /** A string no rule reads but for its type: an empty string stands for it. */
    UNREAD_TEXT,
    /** A small non-negative integer. */
    INTEGER,
    /** A string, decoded, or a small non-negative integer. */
    TEXT_OR_INTEGER,
    SESSION_REF,
    INVITE_ATTRIBUTES;

    static Kind of(String name) {
      switch (name) {
        case PropertyNames.VERSION:
          return INTEGER;
        case PropertyNames.TITLE_ID:
          return TEXT_OR_INTEGER;
        case PropertyNames.SENDER_STRING:
          return UNREAD_TEXT;
        case PropertyNames.SESSION_REF:
          return SESSION_REF;
        case PropertyNames.INVITE_ATTRIBUTES:
          return INVITE_ATTRIBUTES;
        default:
          return TEXT;
      }
    }
  }

  /** The member names of one of the contract's objects, also as UTF-8 to match names without decoding them. */
  private static final class Names {
    private final String[] names;
    private final byte[][] utf8;
    private final Kind[] kinds;

    Names(List<String> names) {
      this.names = names.toArray(String[]::new);
      this.utf8 = names.stream().map(n -> n.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
      this.kinds = names.stream().map(Kind::of).toArray(Kind[]::new);
    }

    /** The index of the known name that {@code bytes[from, to)} spells, or -1. */
    int find(byte[] bytes, int from, int to) {
      for (int k = 0; k < utf8.length; k++) {
        if (utf8[k].length == to - from && spells(utf8[k], bytes, from)) {
          return k;
        }
      }
      return -1;
    }

    // Names are short: a plain loop costs less than a range comparison's set-up.
    private static boolean spells(byte[] name, byte[] bytes, int from) {
      for (int i = 0; i < name.length; i++) {
        if (name[i] != bytes[from + i]) {
          return false;
        }
      }
      return true;
    }
  }

  /** Giving up: thrown without a stack trace, caught in {@link #read}. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super(null, null, false, false);
    }
  }

  private final byte[] bytes;
  private final int maxDepth;
  private final ValuePositions positions = new ValuePositions();
  private int at;
  private int line = 1;
  private int lineStart;
  // the bytes of the current line so far that do not start a character (UTF-8 continuation bytes): columns count
  // characters, as an editor does
  private int lineContinuations;
  // the last string read held a backslash
  private boolean escaped;
  // the names, as [from, to) pairs, of the objects open inside unknown members' values, made on first need
  private int[] names;
  private int namesTop;

  private RequestScan(byte[] bytes, int maxDepth) {
    this.bytes = bytes;
    this.maxDepth = Math.min(maxDepth, MAX_SCAN_DEPTH);
  }

  /** The reading of {@code bytes}, or {@code null} when the exact path must read them. */
  static Reading read(byte[] bytes, int maxBodyBytes, int maxDepth) {
    if (bytes.length == 0 || bytes.length > maxBodyBytes) {
      return null;
    }
    RequestScan scan = new RequestScan(bytes, maxDepth);
    try {
      ObjectNode tree = scan.body();
      return new Reading(tree, scan.positions);
    } catch (GiveUp exactPathNeeded) {
      return null;
    }
  }

  private static GiveUp giveUp() {
    return new GiveUp();
  }

  private ObjectNode body() {
    if (next() != '{') {
      throw giveUp();
    }
    ObjectNode root = object(ROOT, 1);
    if (next() != END) {
      throw giveUp();
    }
    return root;
  }

  /**
   * Reads one of the contract's objects, {@code at} on its brace, keeping its members' values that rules read. One
   * method for the whole object, what each member's value is read as included: too large for the JIT to inline, it
   * is compiled on its own, with the string loop inlined, rather than inlined into the engine until the JIT's budget
   * runs out and the string loop is left as calls.
   */
  private ObjectNode object(Names known, int depth) {
    if (bytes[at] != '{') {
      throw giveUp();
    }
    int index = record();
    ObjectNode node = new ObjectNode(NODES, new FewMembers());
    at++;
    int c = next();
    while (c != '}') {
      int from = at + 1;
      int to = name(c);
      int k = known.find(bytes, from, to);
      JsonNode value;
      String name;
      if (k < 0) {
        value = unknownValue(depth + 1);
        name = new String(bytes, from, to - from, StandardCharsets.UTF_8);
      } else {
        name = known.names[k];
        switch (known.kinds[k]) {
          case SESSION_REF:
            value = object(SESSION_REF, depth + 1);
            break;
          case INVITE_ATTRIBUTES:
            value = object(ATTRIBUTES, depth + 1);
            break;
          case INTEGER:
            value = integer();
            break;
          case TEXT_OR_INTEGER:
            value = bytes[at] == '"' ? text(true) : integer();
            break;
          case UNREAD_TEXT:
            value = text(false);
            break;
          default:
            value = text(true);
        }
      }
      if (node.replace(name, value) != null || node.size() > MAX_NAMES) {
        throw giveUp(); // a duplicate name, or more unknown members than are worth reading this way
      }
      c = afterMember();
    }
    at++;
    positions.close(index);
    return node;
  }

  /** A string value; {@code decoded}: as the exact path's node, else an empty stand-in (its type is all rules read). */
  private JsonNode text(boolean decoded) {
    if (bytes[at] != '"') {
      throw giveUp();
    }
    record();
    int from = at + 1;
    int to = string();
    if (!decoded) {
      return NODES.textNode("");
    }
    if (escaped) {
      throw giveUp();
    }
    return NODES.textNode(new String(bytes, from, to - from, StandardCharsets.UTF_8));
  }

  /** A non-negative integer of at most 18 digits, as the exact path's node (an int when it fits, as Jackson's). */
  private JsonNode integer() {
    record();
    int from = at;
    long value = 0;
    while (at < bytes.length && bytes[at] >= '0' && bytes[at] <= '9') {
      value = value * 10 + (bytes[at++] - '0');
    }
    int digits = at - from;
    if (digits == 0 || digits > 18 || (digits > 1 && bytes[from] == '0')
        || (at < bytes.length && (bytes[at] == '.' || bytes[at] == 'e' || bytes[at] == 'E'))) {
      throw giveUp();
    }
    return value <= Integer.MAX_VALUE ? NODES.numberNode((int) value) : NODES.numberNode(value);
  }

  /** An unknown member's value: checked, not kept; it stands as {@code null}. */
  private JsonNode unknownValue(int depth) {
    record();
    skipValue(depth);
    return NODES.nullNode();
  }

  private void skipValue(int depth) {
    switch (bytes[at]) {
      case '"':
        string();
        return;
      case '{':
        skipObject(depth);
        return;
      case '[':
        skipArray(depth);
        return;
      case 't':
        literal("true");
        return;
      case 'f':
        literal("false");
        return;
      case 'n':
        literal("null");
        return;
      default:
        number();
    }
  }

  private void skipObject(int depth) {
    if (depth > maxDepth) {
      throw giveUp();
    }
    int base = namesTop;
    at++;
    int c = next();
    while (c != '}') {
      int from = at + 1;
      int to = name(c);
      addName(base, from, to);
      skipValue(depth + 1);
      c = afterMember();
    }
    at++;
    namesTop = base;
  }

  private void skipArray(int depth) {
    if (depth > maxDepth) {
      throw giveUp();
    }
    at++;
    int c = next();
    while (c != ']') {
      if (c == END) {
        throw giveUp();
      }
      skipValue(depth + 1);
      c = next();
      if (c == ',') {
        at++;
        c = next();
        if (c == ']') {
          throw giveUp(); // a trailing comma
        }
      } else if (c != ']') {
        throw giveUp();
      }
    }
    at++;
  }

  /**
   * Reads a member's name, {@code c} being the byte {@code at} (its quote), and the colon after it; returns the
   * index of the name's closing quote, {@code at} on the value. A name with an escape gives up: names are compared
   * as bytes.
   */
  private int name(int c) {
    if (c != '"') {
      throw giveUp();
    }
    int to = string();
    if (escaped || next() != ':') {
      throw giveUp();
    }
    at++;
    if (next() == END) {
      throw giveUp();
    }
    return to;
  }

  /** After a member's value: a comma and the next name's quote, or the closing brace; returns which. */
  private int afterMember() {
    int c = next();
    if (c == ',') {
      at++;
      c = next();
      if (c != '"') {
        throw giveUp();
      }
    } else if (c != '}') {
      throw giveUp();
    }
    return c;
  }

  /** Adds a name of the object whose names start at {@code base}; gives up on a duplicate or too many. */
  private void addName(int base, int from, int to) {
    if (names == null) {
      names = new int[2 * MAX_NAMES];
    }
    for (int i = base; i < namesTop; i += 2) {
      if (Arrays.equals(bytes, names[i], names[i + 1], bytes, from, to)) {
        throw giveUp();
      }
    }
    if (namesTop - base >= 2 * MAX_NAMES) {
      throw giveUp();
    }
    if (namesTop + 2 > names.length) {
      names = Arrays.copyOf(names, names.length * 2);
    }
    names[namesTop++] = from;
    names[namesTop++] = to;
  }

  private void literal(String word) {
    for (int i = 0; i < word.length(); i++, at++) {
      if (at >= bytes.length || bytes[at] != word.charAt(i)) {
        throw giveUp();
      }
    }
  }

  /** A number as RFC 8259 writes it; what follows it is the caller's to check. */
  private void number() {
    int i = at;
    if (i < bytes.length && bytes[i] == '-') {
      i++;
    }
    if (i < bytes.length && bytes[i] == '0') {
      i++;
    } else {
      int first = i;
      i = digits(i);
      if (i == first) {
        throw giveUp();
      }
    }
    if (i < bytes.length && bytes[i] == '.') {
      int first = ++i;
      i = digits(i);
      if (i == first) {
        throw giveUp();
      }
    }
    if (i < bytes.length && (bytes[i] == 'e' || bytes[i] == 'E')) {
      i++;
      if (i < bytes.length && (bytes[i] == '+' || bytes[i] == '-')) {
        i++;
      }
      int first = i;
      i = digits(i);
      if (i == first) {
        throw giveUp();
      }
    }
    at = i;
  }

  private int digits(int i) {
    while (i < bytes.length && bytes[i] >= '0' && bytes[i] <= '9') {
      i++;
    }
    return i;
  }

  /**
   * Reads the string whose opening quote is {@code at}: checks its UTF-8 and its escapes (a lone surrogate gives up,
   * for the exact path to report), sets {@link #escaped}, moves past the closing quote and returns its index.
   */
  private int string() {
    byte[] bytes = this.bytes;
    int i = at + 1;
    boolean backslash = false;
    while (true) {
      i = plain(bytes, i);
      if (i >= bytes.length) {
        throw giveUp();
      }
      int b = bytes[i];
      if (b == '"') {
        at = i + 1;
        escaped = backslash;
        return i;
      }
      if (b < 0) {
        i = multiByte(bytes, i);
      } else if (b == '\\') {
        backslash = true;
        i = escape(i);
      } else if (b < 0x20) {
        throw giveUp(); // a control character
      } else {
        i++; // one of the last seven bytes of the body, read one at a time
      }
    }
  }

  /**
   * The index of the first byte from {@code i} on that needs a look (a quote, a backslash, a control character, a
   * multi-byte character), or of the first of the last seven bytes: eight bytes at a time, in a loop of its own, as
   * strings are most of a body's bytes.
   */
  private static int plain(byte[] bytes, int i) {
    for (; i + 8 <= bytes.length; i += 8) {
      long special = special((long) LONGS.get(bytes, i));
      if (special != 0) {
        return i + (Long.numberOfTrailingZeros(special) >>> 3);
      }
    }
    return i;
  }

  /**
   * The bytes of {@code word} that need a look, flagged in their high bit: those equal to the quote or the backslash
   * (zero once xor-ed with it), below a space, or not ASCII. Only the lowest flag is sure to be exact (a borrow may
   * flag a byte above it), and only the lowest is used.
   */
  private static long special(long word) {
    long quotes = word ^ QUOTES;
    long backslashes = word ^ BACKSLASHES;
    return (((quotes - LOW_BITS) & ~quotes) | ((backslashes - LOW_BITS) & ~backslashes)
        | ((word - SPACES) & ~word) | word) & HIGH_BITS;
  }

  /**
   * The index after the well-formed UTF-8 multi-byte characters at {@code i} and the plain ASCII between them (Korean
   * words and the spaces between), up to a byte that needs a look or eight plain bytes in a row, counting their
   * continuation bytes; bad bytes give up.
   */
  private int multiByte(byte[] bytes, int i) {
    int continuations = 0;
    int plainRun = 0;
    while (i < bytes.length && plainRun < 8) {
      int b = bytes[i];
      if (b < 0) {
        int length = InputDecoder.isCommonThreeByteSequence(bytes, i) ? 3 : InputDecoder.utf8SequenceLength(bytes, i);
        if (length < 0) {
          throw giveUp();
        }
        i += length;
        continuations += length - 1;
        plainRun = 0;
      } else if (b >= 0x20 && b != '"' && b != '\\') {
        i++;
        plainRun++;
      } else {
        break;
      }
    }
    lineContinuations += continuations;
    return i;
  }

  /** The index after the escape at {@code i}; a lone surrogate, or anything RFC 8259 does not escape, gives up. */
  private int escape(int i) {
    if (i + 1 >= bytes.length) {
      throw giveUp();
    }
    switch (bytes[i + 1]) {
      case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
        return i + 2;
      case 'u':
        char unit = unit(i + 2);
        if (!Character.isSurrogate(unit)) {
          return i + 6;
        }
        if (Character.isHighSurrogate(unit) && i + 7 < bytes.length && bytes[i + 6] == '\\' && bytes[i + 7] == 'u'
            && Character.isLowSurrogate(unit(i + 8))) {
          return i + 12;
        }
        throw giveUp();
      default:
        throw giveUp();
    }
  }

  /** The UTF-16 unit of the four hex digits at {@code i}. */
  private char unit(int i) {
    if (i + 4 > bytes.length) {
      throw giveUp();
    }
    int unit = 0;
    for (int k = i; k < i + 4; k++) {
      int digit = Character.digit(bytes[k], 16);
      if (digit < 0) {
        throw giveUp();
      }
      unit = unit << 4 | digit;
    }
    return (char) unit;
  }

  /** Skips whitespace, counting lines as Jackson does (a CR, a LF or both end one); the byte there, or {@link #END}. */
  private int next() {
    if (at < bytes.length && bytes[at] > ' ') {
      return bytes[at]; // printable ASCII, the usual case: no whitespace between tokens
    }
    return afterSpace();
  }

  private int afterSpace() {
    while (at < bytes.length) {
      int b = bytes[at] & 0xFF;
      if (b == ' ' || b == '\t') {
        at++;
      } else if (b == '\n') {
        at++;
        newLine();
      } else if (b == '\r') {
        at++;
        if (at < bytes.length && bytes[at] == '\n') {
          at++;
        }
        newLine();
      } else {
        return b;
      }
    }
    return END;
  }

  private void newLine() {
    line++;
    lineStart = at;
    lineContinuations = 0;
  }

  /** Records the value starting {@code at}; returns its index. */
  private int record() {
    return positions.record(at, line, at - lineStart - lineContinuations + 1);
  }
}
