package io.handlekit.simulator;

/** Runs {@link HandlesSimulator#serveUntilStopped} in a child JVM for {@link ServeUntilStoppedTest}. */
public final class ServeMain {
  private ServeMain() {}

  public static void main(String[] args) {
    HandlesSimulator.serveUntilStopped(HandlesSimulator.builder().port(Integer.parseInt(args[0])), System.out);
  }
}
