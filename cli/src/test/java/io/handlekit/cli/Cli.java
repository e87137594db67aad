package io.handlekit.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the command in-process, as the jar would, with captured output. */
final class Cli {
  /** The examples folder at the root of the project (tests run in the cli module's folder). */
  static final Path EXAMPLES = Path.of("..", "examples");

  record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  private Cli() {}

  static Result run(String... args) {
    return runWithInput(new byte[0], args);
  }

  static Result runWithInput(String stdin, String... args) {
    return runWithInput(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  static Result runWithInput(byte[] stdin, String... args) {
    return runWithInput(new ByteArrayInputStream(stdin), args);
  }

  static Result runWithInput(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(stdin, new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static String example(String name) {
    return EXAMPLES.resolve(name).toString();
  }
}
