package io.handlekit.lint;

import io.handlekit.lint.internal.BodyCheck;
import io.handlekit.lint.internal.Glob;
import io.handlekit.lint.internal.Jobs;
import io.handlekit.lint.internal.LintEngine;
import io.handlekit.lint.internal.LintInput;
import io.handlekit.lint.internal.LintRun;
import io.handlekit.lint.internal.PathArguments;
import io.handlekit.lint.internal.ToolVersion;
import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.Profile;
import io.handlekit.validator.Rule;
import io.handlekit.validator.Severity;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Lints {@code POST /handles} request bodies: files, directories, files matching include/exclude globs under a base
 * directory, the standard input, and NDJSON request logs (the journal of {@code handlekit serve} among them), and
 * writes the findings to one or more reports as it goes, in constant memory whatever the size of a log.
 *
 * <pre>{@code
 * LintResult result = HandlesLint.builder()
 *     .baseDirectory(project)
 *     .include("src/test/resources/**}{@code /handles/*.json")
 *     .report(ReportFormat.TEXT, console)
 *     .report(ReportFormat.SARIF, target.resolve("lint.sarif"))
 *     .report(ReportFormat.JSON, target.resolve("lint.json"))
 *     .build()
 *     .run();
 * boolean pass = result.isComplete() && result.errors() == 0;
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #run()} may be called again (it reads the inputs again; the standard input
 * only once). A run does no process work: it never prints, exits or installs hooks.
 */
public final class HandlesLint {
  /** The most threads {@link Builder#jobs} may ask for: more only wait on reading and writing. */
  public static final int MAX_JOBS = Jobs.MAX;

  private final HandlesValidator validator;
  private final LintEngine.Inputs inputs;
  private final boolean ndjson;
  private final boolean recursive;
  private final int jobs;
  private final List<Target> reports;
  private final Function<HandlesValidator, BodyCheck> checks;
  private final PathArguments.DirectoryOpener directories;
  private final Consumer<LintRun> beforeRun;

  private HandlesLint(Builder builder) {
    HandlesValidator.Builder validatorBuilder = HandlesValidator.builder().profile(builder.profile).locale(builder.locale);
    builder.severities.forEach(validatorBuilder::severity);
    builder.ignored.forEach(validatorBuilder::ignore);
    this.validator = builder.validator != null ? builder.validator : validatorBuilder.build();
    InputStream stdin = builder.stdin != null ? builder.stdin : InputStream.nullInputStream();
    this.inputs = new LintEngine.Inputs(builder.given, builder.baseDirectory,
        builder.includes.stream().map(Glob::of).toList(), builder.excludes.stream().map(Glob::of).toList(), stdin);
    this.ndjson = builder.ndjson;
    this.recursive = builder.recursive;
    this.jobs = builder.jobs;
    this.reports = List.copyOf(builder.reports);
    this.checks = builder.checks;
    this.directories = builder.directories;
    this.beforeRun = builder.beforeRun;
  }

  /** A builder with the defaults: strict profile, English, one job per processor, no input and no report. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The version of this build of handlekit, e.g. {@code 0.1.0}: the version SARIF reports name the tool with, and
   * the one {@code handlekit --version} prints; {@code unknown} when run from classes not built by Maven.
   */
  public static String version() {
    return ToolVersion.get();
  }

  /** The validator the run checks bodies with (its profile, locale, severities and limits). */
  public HandlesValidator validator() {
    return validator;
  }

  /**
   * Lints every input and writes every report. Writers and streams given to the builder are flushed, not closed;
   * files given as paths are created (with their parent directories), written and closed.
   *
   * @throws IOException only when a report cannot be written; an input that cannot be read is part of the result
   */
  public LintResult run() throws IOException {
    List<LintEngine.Report> opened = new ArrayList<>();
    List<Writer> toClose = new ArrayList<>();
    try {
      for (Target target : reports) {
        Writer out = target.open();
        if (target.path() != null) {
          toClose.add(out);
        }
        opened.add(new LintEngine.Report(target.format(), out));
      }
      LintRun.Outcome outcome = new LintEngine(validator, checks.apply(validator), directories, beforeRun)
          .run(inputs, ndjson, recursive, jobs, opened);
      for (LintEngine.Report report : opened) {
        report.out().flush();
      }
      return new LintResult(outcome);
    } finally {
      IOException closing = null;
      for (Writer out : toClose) {
        try {
          out.close();
        } catch (IOException e) {
          closing = e;
        }
      }
      if (closing != null) {
        throw closing;
      }
    }
  }

  /** Where one report goes: a writer, a stream (UTF-8) or a file (UTF-8). */
  private record Target(ReportFormat format, @Nullable Writer writer, @Nullable OutputStream stream, @Nullable Path path) {
    Writer open() throws IOException {
      if (writer != null) {
        return writer;
      }
      if (stream != null) {
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
      }
      Path file = Objects.requireNonNull(path);
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
  }

  /** Builds a {@link HandlesLint}. Not thread-safe; each {@link #build()} gives an independent, immutable linter. */
  public static final class Builder {
    private final List<LintInput> given = new ArrayList<>();
    private @Nullable InputStream stdin;
    private Path baseDirectory = Path.of("");
    private final List<String> includes = new ArrayList<>();
    private final List<String> excludes = new ArrayList<>();
    private boolean ndjson;
    private boolean recursive;
    private int jobs = Jobs.byDefault();
    private Profile profile = Profile.STRICT;
    private Locale locale = Locale.ENGLISH;
    private final java.util.Map<Rule, Severity> severities = new java.util.LinkedHashMap<>();
    private final List<Rule> ignored = new ArrayList<>();
    private @Nullable HandlesValidator validator;
    private final List<Target> reports = new ArrayList<>();
    // Seams for the tests of this module.
    private Function<HandlesValidator, BodyCheck> checks = validator -> validator::validateRequest;
    private PathArguments.DirectoryOpener directories = Files::newDirectoryStream;
    private Consumer<LintRun> beforeRun = run -> {};

    private Builder() {}

    /**
     * Lints {@code path}: a file, whatever its name, or a directory, whose {@code *.json} files ({@code *.ndjson}
     * with {@link #ndjson}) are linted in the order of their paths. Reports name it as given. Inputs are read in
     * the order they are added, the includes last.
     */
    public Builder path(Path path) {
      given.add(new LintInput.File(Objects.requireNonNull(path, "path")));
      return this;
    }

    /**
     * Lints {@code path} as an NDJSON request log, whatever {@link #ndjson} says: a file, or a directory whose
     * {@code *.ndjson} files are linted. So one run, and one report, covers bodies and logs together (the Maven
     * plugin's {@code <includes>} and {@code <ndjson>}). Reports name it as given.
     */
    public Builder ndjsonPath(Path path) {
      given.add(new LintInput.File(Objects.requireNonNull(path, "path"), true));
      return this;
    }

    /** Lints each of {@code paths}, as {@link #path} does. */
    public Builder paths(Iterable<Path> paths) {
      paths.forEach(this::path);
      return this;
    }

    /** Lints {@code in} as one input, named {@code <stdin>} (the standard input, or any stream); at most once. */
    public Builder standardInput(InputStream in) {
      if (stdin != null) {
        throw new IllegalStateException("The standard input can be read only once");
      }
      stdin = Objects.requireNonNull(in, "in");
      given.add(new LintInput.StandardInput());
      return this;
    }

    /**
     * The directory that {@link #include} and {@link #exclude} patterns are relative to, and that SARIF's artifact
     * URIs are made relative to (for code scanning, the repository's root). Default: the working directory.
     */
    public Builder baseDirectory(Path directory) {
      this.baseDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Lints the files under the base directory whose relative path matches {@code pattern}, as Ant and Maven match
     * them: {@code *} and {@code ?} within one name, {@code **} across directories ({@code **}{@code /} also matches
     * none), {@code /} as the separator on every platform; e.g. {@code src/test/resources/**}{@code /handles/*.json}.
     * The files of all includes are read in the order of their paths. Includes that match no file make the result
     * incomplete ({@link LintResult#unreadable()}).
     */
    public Builder include(String pattern) {
      includes.add(Objects.requireNonNull(pattern, "pattern"));
      return this;
    }

    /** Leaves out of the includes' files those whose relative path matches {@code pattern} (same syntax). */
    public Builder exclude(String pattern) {
      excludes.add(Objects.requireNonNull(pattern, "pattern"));
      return this;
    }

    /**
     * Reads every input as an NDJSON request log: one body per line, blank lines skipped, findings at the line of
     * their body; a line of the simulator's journal is judged on its contract header and body. Default: off (each
     * file is one body).
     */
    public Builder ndjson(boolean ndjson) {
      this.ndjson = ndjson;
      return this;
    }

    /** Looks for files in the subdirectories of a directory given to {@link #path} too. Default: off. */
    public Builder recursive(boolean recursive) {
      this.recursive = recursive;
      return this;
    }

    /**
     * Validates the lines of a log on {@code jobs} threads, 1 to {@link #MAX_JOBS}; the report keeps the order of
     * the lines. Default: the number of processors, at most {@link #MAX_JOBS}.
     */
    public Builder jobs(int jobs) {
      if (jobs < 1 || jobs > MAX_JOBS) {
        throw new IllegalArgumentException("jobs must be between 1 and " + MAX_JOBS + ", was " + jobs);
      }
      this.jobs = jobs;
      return this;
    }

    /** The validator's profile. Default: {@link Profile#STRICT}. */
    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /** The language of messages and of the SARIF rules' help: English or Korean. Default: English. */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /** Gives {@code rule} the severity {@code severity}; {@code internal.error} cannot be changed. */
    public Builder severity(Rule rule, Severity severity) {
      refuseInternalError(rule);
      severities.put(rule, Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /** Does not report {@code rule}; {@code internal.error} cannot be ignored. */
    public Builder ignore(Rule rule) {
      refuseInternalError(rule);
      ignored.add(rule);
      return this;
    }

    private static void refuseInternalError(Rule rule) {
      if (Objects.requireNonNull(rule, "rule") == Rule.INTERNAL_ERROR) {
        throw new IllegalArgumentException(Rule.INTERNAL_ERROR.id()
            + " cannot be ignored or given another severity: it means that an input was not checked at all");
      }
    }

    /**
     * Checks bodies with {@code validator} as it is, instead of one built from {@link #profile}, {@link #locale},
     * {@link #severity} and {@link #ignore} (which are then not used): for limits of its own, say.
     */
    public Builder validator(HandlesValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /** Writes a report in {@code format} to {@code out}, flushed after the run and never closed. Repeatable. */
    public Builder report(ReportFormat format, Writer out) {
      reports.add(new Target(Objects.requireNonNull(format, "format"), Objects.requireNonNull(out, "out"), null, null));
      return this;
    }

    /** Writes a report in {@code format} to {@code out} in UTF-8, flushed after the run and never closed. */
    public Builder report(ReportFormat format, OutputStream out) {
      reports.add(new Target(Objects.requireNonNull(format, "format"), null, Objects.requireNonNull(out, "out"), null));
      return this;
    }

    /** Writes a report in {@code format} to the file {@code path} in UTF-8, creating its parent directories. */
    public Builder report(ReportFormat format, Path path) {
      reports.add(new Target(Objects.requireNonNull(format, "format"), null, null, Objects.requireNonNull(path, "path")));
      return this;
    }

    Builder checks(Function<HandlesValidator, BodyCheck> checks) {
      this.checks = checks;
      return this;
    }

    Builder directories(PathArguments.DirectoryOpener directories) {
      this.directories = directories;
      return this;
    }

    Builder beforeRun(Consumer<LintRun> beforeRun) {
      this.beforeRun = beforeRun;
      return this;
    }

    /** The linter; the inputs are not looked at until {@link HandlesLint#run()}. */
    public HandlesLint build() {
      return new HandlesLint(this);
    }
  }
}
