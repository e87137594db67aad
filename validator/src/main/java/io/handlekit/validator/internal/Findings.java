package io.handlekit.validator.internal;

import io.handlekit.validator.Location;
import io.handlekit.validator.Rule;
import io.handlekit.validator.Severity;
import io.handlekit.validator.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The violations of one validation as they are found: gives each its configured severity, drops ignored rules,
 * keeps one violation per rule, pointer and message (the schema and the semantic rules may both see the same
 * fault), and keeps at most the configured number, errors first, and pointers of at most as many characters in all
 * as the size limit has bytes, so that a report is bounded however broken the body and never loses its verdict;
 * the rest are counted in one {@code findings.truncated} note. Messages are
 * formatted only for the violations kept, with long values from the body shortened. Linear in the findings.
 */
final class Findings {
  // Values quoted in messages (a key, a string) are cut to this many characters: output stays bounded.
  private static final int QUOTED_LENGTH = 120;
  private static final int FEW = 16;

  private record Finding(Rule rule, Severity severity, String pointer, Location location, String key, Object[] args) {}

  private record Identity(Rule rule, String pointer, String key, List<Object> args) {}

  private final Settings settings;
  private final boolean mayRepeat;
  // Made on their first finding (see added): a valid body, the common case on the hot path, allocates none of them.
  private List<Finding> errors = List.of();
  private List<Finding> others = List.of();
  // The identities of the findings with a pointer: a list while they are few (a real body has a handful), a set past
  // that, so that a body with thousands stays linear.
  private List<Identity> seenFew = List.of();
  private Set<Identity> seenMany;
  private long count;
  private long keptPointerChars;

  Findings(Settings settings) {
    this(settings, true);
  }

  /**
   * @param mayRepeat whether the same finding may be added twice (the schema and the semantic rules may both see a
   *     fault); without the schema rules, each finding is added once, and no identities need keeping
   */
  Findings(Settings settings, boolean mayRepeat) {
    this.settings = settings;
    this.mayRepeat = mayRepeat;
  }

  /** Adds a violation of {@code rule} at {@code pointer} and/or {@code location}, its message from {@code key}. */
  void add(Rule rule, String pointer, Location location, String key, Object... args) {
    Severity severity = settings.severity(rule);
    if (severity == null) {
      return;
    }
    if (mayRepeat && pointer != null && !firstSeen(new Identity(rule, pointer, key, Arrays.asList(args)))) {
      return;
    }
    count++;
    long pointerChars = pointer == null ? 0 : pointer.length();
    if (keeps(severity, pointerChars)) {
      Finding finding = new Finding(rule, severity, pointer, location, key, args);
      if (severity == Severity.ERROR) {
        errors = added(errors, finding);
      } else {
        others = added(others, finding);
      }
      keptPointerChars += pointerChars;
    }
  }

  // A list made on its first element: a valid body, the common case on the hot path, allocates none.
  private static <T> List<T> added(List<T> list, T element) {
    List<T> growing = list.isEmpty() ? new ArrayList<>(4) : list;
    growing.add(element);
    return growing;
  }

  private boolean firstSeen(Identity identity) {
    if (seenMany != null) {
      return seenMany.add(identity);
    }
    if (seenFew.contains(identity)) {
      return false;
    }
    seenFew = added(seenFew, identity);
    if (seenFew.size() > FEW) {
      seenMany = new HashSet<>(seenFew);
    }
    return true;
  }

  /**
   * Whether a finding of {@code rule} whose pointer has {@code pointerChars} characters would be listed. A caller
   * for whom building the pointer costs (a deep value under long names) asks first, and only counts the finding
   * ({@link #countOnly}) when it would not be listed.
   */
  boolean wouldList(Rule rule, long pointerChars) {
    Severity severity = settings.severity(rule);
    return severity != null && keeps(severity, pointerChars);
  }

  /** Counts a finding of {@code rule} that is not listed (see {@link #wouldList}). */
  void countOnly(Rule rule) {
    if (settings.severity(rule) != null) {
      count++;
    }
  }

  // The count is capped, and so are the pointers' characters (a pointer under long names can be as long as the
  // body): the report stays bounded whatever the body. The first error is always kept, so is the verdict.
  private boolean keeps(Severity severity, long pointerChars) {
    List<Finding> kept = severity == Severity.ERROR ? errors : others;
    if (kept.size() >= settings.maxFindings()) {
      return false;
    }
    return keptPointerChars + pointerChars <= settings.maxBodyBytes() || (severity == Severity.ERROR && errors.isEmpty());
  }

  /** Adds a violation at {@code pointer}, its message keyed by the rule's id. */
  void add(Rule rule, String pointer, Object... args) {
    add(rule, pointer, null, rule.id(), args);
  }

  /** Adds a violation at {@code pointer} with the message of {@code key}. */
  void addKeyed(Rule rule, String pointer, String key, Object... args) {
    add(rule, pointer, null, key, args);
  }

  /** Adds a violation of the text itself, at {@code location}. */
  void addAt(Rule rule, Location location, String key, Object... args) {
    add(rule, null, location, key, args);
  }

  boolean isEmpty() {
    return count == 0;
  }

  /** The violations kept (errors first, in the order found), and the note that counts the others, if any. */
  List<Violation> violations() {
    return violations(pointer -> null);
  }

  /**
   * The violations kept, each with a pointer and no location of its own placed where {@code locations} says (when it
   * says anywhere), and the note that counts the others, if any.
   */
  List<Violation> violations(Function<String, Location> locations) {
    int max = settings.maxFindings();
    List<Violation> violations = new ArrayList<>(Math.min(max, errors.size() + others.size()) + 1);
    for (Finding finding : errors) {
      violations.add(format(finding, locations));
    }
    for (int i = 0; i < others.size() && violations.size() < max; i++) {
      violations.add(format(others.get(i), locations));
    }
    long notListed = count - violations.size();
    Severity noteSeverity = settings.severity(Rule.FINDINGS_TRUNCATED);
    if (notListed > 0 && noteSeverity != null) {
      violations.add(new Violation(Rule.FINDINGS_TRUNCATED, noteSeverity, Optional.empty(), Optional.empty(),
          settings.messages().format(Rule.FINDINGS_TRUNCATED.id(), (long) violations.size(), notListed)));
    }
    return violations;
  }

  private Violation format(Finding finding, Function<String, Location> locations) {
    Object[] args = finding.args();
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof String text && text.length() > QUOTED_LENGTH) {
        if (args == finding.args()) {
          args = args.clone();
        }
        int cut = Character.isHighSurrogate(text.charAt(QUOTED_LENGTH - 1)) ? QUOTED_LENGTH - 1 : QUOTED_LENGTH;
        args[i] = text.substring(0, cut) + "…";
      }
    }
    Location location = finding.location() != null || finding.pointer() == null ? finding.location()
        : locations.apply(finding.pointer());
    return new Violation(finding.rule(), finding.severity(), Optional.ofNullable(finding.pointer()),
        Optional.ofNullable(location), settings.messages().format(finding.key(), args));
  }
}
