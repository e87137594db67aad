package io.handlekit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each contract fact is written once, in core's contract classes; every other main source file of every module
 * names the constant. It runs here, in the module that owns the facts, and reads the whole tree's sources from the
 * parent directory (Surefire runs a module's tests in its own directory), since javac inlines constants and the
 * bytecode cannot tell a use from a copy.
 */
class ContractLiteralsTest {
  /** The home of the facts. */
  private static final Set<String> CONTRACT_CLASSES = Set.of(
      "core/src/main/java/io/handlekit/core/ContractLimits.java",
      "core/src/main/java/io/handlekit/core/ContractHeaders.java",
      "core/src/main/java/io/handlekit/core/PropertyNames.java");

  /** Literals that equal a contract number by coincidence, or quote a document; each with its reason. */
  private static final Map<String, Set<String>> NOT_CONTRACT_FACTS = Map.of(
      // initial buffer sizes
      "lint/src/main/java/io/handlekit/lint/internal/TextReporter.java", Set.of("256"),
      "simulator/src/main/java/io/handlekit/simulator/RequestJournal.java", Set.of("256"),
      // the name of the hash that SARIF fingerprints are made with
      "lint/src/main/java/io/handlekit/lint/internal/SarifReporter.java",
      Set.of("\"SHA-256\"", "\"every Java platform has SHA-256\""));

  /** The seed document's sample, quoted verbatim as a malformed body (its comments state the limit). */
  private static final String QUOTED_SEED =
      "testkit/src/main/java/io/handlekit/testkit/MalformedBodies.java";

  @Test
  void noMainSourceOutsideTheContractClassesWritesAContractFact() throws IOException {
    Path root = SourceTree.root();
    Map<String, List<ContractLiteralScanner.Hit>> found = new TreeMap<>();
    int files = 0;
    for (String module : SourceTree.modules(root)) {
      if (!Files.exists(root.resolve(module).resolve("src/main"))) {
        continue; // a module of tests only (docs-tests): no main source to scan
      }
      Path sources = root.resolve(module).resolve("src/main/java");
      List<Path> javaFiles = SourceTree.javaFiles(sources);
      assertFalse(javaFiles.isEmpty(), () -> "no Java sources found under " + sources + ": the scan would prove nothing");
      for (Path file : javaFiles) {
        files++;
        String name = root.relativize(file).toString().replace('\\', '/');
        if (CONTRACT_CLASSES.contains(name)) {
          continue;
        }
        Set<String> allowed = NOT_CONTRACT_FACTS.getOrDefault(name, Set.of());
        List<ContractLiteralScanner.Hit> hits = new ArrayList<>();
        for (ContractLiteralScanner.Hit hit : ContractLiteralScanner.scan(Files.readString(file, StandardCharsets.UTF_8))) {
          boolean quoted = name.equals(QUOTED_SEED) && hit.literal().startsWith("\"\"\"");
          if (!allowed.contains(hit.literal()) && !quoted) {
            hits.add(hit);
          }
        }
        if (!hits.isEmpty()) {
          found.put(name, hits);
        }
      }
    }
    assertTrue(files > 100, "only " + files + " main source files found: is " + root + " the project root?");
    assertEquals(Map.of(), found, () -> "contract facts written as literals; use ContractLimits, ContractHeaders, "
        + "PropertyNames, HandleType or HandleRequest.VERSION instead:\n" + found.entrySet().stream()
        .map(e -> e.getKey() + "\n  " + e.getValue().stream().map(Object::toString).collect(Collectors.joining("\n  ")))
        .collect(Collectors.joining("\n")));
  }

  @Test
  void everyCoincidenceListedStillExists() throws IOException {
    // a stale entry would quietly allow the literal back in
    Path root = SourceTree.root();
    for (Map.Entry<String, Set<String>> entry : NOT_CONTRACT_FACTS.entrySet()) {
      Set<String> literals = ContractLiteralScanner.scan(Files.readString(root.resolve(entry.getKey()))).stream()
          .map(ContractLiteralScanner.Hit::literal).collect(Collectors.toSet());
      assertTrue(literals.containsAll(entry.getValue()), () -> entry.getKey() + " no longer holds " + entry.getValue());
    }
    for (String file : CONTRACT_CLASSES) {
      assertTrue(Files.isRegularFile(root.resolve(file)), () -> file + " is gone");
    }
  }
}
