package io.handlekit.cli;

import io.handlekit.core.text.IoErrorText;
import io.handlekit.schema.HandleSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code handlekit schema}: the contract for tools outside Java. {@code --out DIR} writes the JSON Schema files;
 * {@code --openapi} writes the OpenAPI 3.1 document the schema module assembles from the same files.
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
        "Writes the contract of POST /handles for tools outside Java: the JSON Schemas (draft-07) of the request and "
            + "response bodies, or an OpenAPI 3.1 document of the endpoint built from those same files (request "
            + "bodies by type, the X-Xbl-Contract-Version header, every answer).",
        "Prints the path of each file written."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "2:a usage error, or a file could not be written"})
final class SchemaCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--openapi",
      description = "Write the OpenAPI 3.1 document instead of the JSON Schemas: to the file --out names, or to "
          + "standard output without --out.")
  boolean openApi;

  @Option(names = "--out", paramLabel = "PATH",
      description = "Without --openapi: the directory to write the schema files into (created if missing; files of "
          + "the same names are replaced). With --openapi: the file to write.")
  Path out;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    if (openApi) {
      String document = HandleSchema.openApi();
      if (out == null) {
        stdout.print(document);
        stdout.flush();
        // A PrintWriter keeps its I/O errors to itself: a full disk or a closed pipe must not look like success.
        return stdout.checkError() ? fail("cannot write the document to standard output") : 0;
      }
      return write(out, document) ? 0 : UsageErrorHandler.USAGE;
    }
    if (out == null) {
      throw new ParameterException(spec.commandLine(),
          "Missing --out DIR (where to write the JSON Schemas), or --openapi for the OpenAPI document");
    }
    try {
      Files.createDirectories(out);
    } catch (FileAlreadyExistsException e) {
      // its message is only the path again
      return fail("cannot create the directory " + out + ": a file of that name exists");
    } catch (IOException | RuntimeException e) {
      return fail("cannot create the directory " + out + ": " + IoErrorText.describe(e));
    }
    for (HandleSchema schema : HandleSchema.values()) {
      if (!write(out.resolve(schema.fileName()), schema.text())) {
        return UsageErrorHandler.USAGE;
      }
    }
    return 0;
  }

  private boolean write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      fail("cannot write " + file + ": " + IoErrorText.describe(e));
      return false;
    }
    spec.commandLine().getOut().println(file);
    spec.commandLine().getOut().flush();
    return true;
  }

  private int fail(String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("handlekit schema: " + message);
    err.flush();
    return UsageErrorHandler.USAGE;
  }
}
