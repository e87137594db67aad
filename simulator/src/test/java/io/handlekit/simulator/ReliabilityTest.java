package io.handlekit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Many concurrent clients, mixed valid and invalid requests: no 5xx, every invalid request a 4xx, every valid one a
 * 2xx, every handle id unique, and memory bounded (the handle store and the exchange log never exceed their caps,
 * the heap after GC does not grow with the number of requests). {@value #THREADS} threads send
 * {@code handlekit.reliability.requests} requests in total (default {@value #DEFAULT_REQUESTS}), or, with
 * {@code handlekit.reliability.seconds}, for that many seconds (at most the request count still), and print the 5xx
 * count and the heap after GC after the warm-up and at the end.
 */
class ReliabilityTest {
  static final int THREADS = 32;
  static final int DEFAULT_REQUESTS = 32 * 10_000;
  private static final int MAX_HANDLES = 500;
  private static final int MAX_EXCHANGES = 200;
  private static final long HEAP_GROWTH_BOUND = 64L << 20;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  // One client has one selector thread for all its connections; a few spread the work like separate callers would.
  private static final List<HttpClient> CLIENTS = java.util.stream.IntStream.range(0, 4)
      .mapToObj(i -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10)).build())
      .toList();

  /** One kind of request and whether the contract accepts it. */
  record Kind(String name, String contentType, String contractVersion, String body, boolean valid) {}

  private static final List<Kind> KINDS = List.of(
      new Kind("activity", "application/json", "107", Http.ACTIVITY, true),
      new Kind("invite", "application/json", "107", Http.INVITE, true),
      new Kind("invite-unknown-property", "application/json; charset=utf-8", "104",
          Http.INVITE.replace("\"version\":1", "\"version\":1,\"extra\":true"), true),
      new Kind("malformed", "application/json", "107", Http.ACTIVITY.replace("}}", "},}"), false),
      new Kind("mock-scid", "application/json", "107",
          Http.ACTIVITY.replace("bd6c41c3-01c3-468a-a3b5-3e0fe8133862", "MockScid"), false),
      new Kind("no-header", "application/json", null, Http.ACTIVITY, false),
      new Kind("text-plain", "text/plain", "107", Http.ACTIVITY, false),
      new Kind("context-257", "application/json", "107",
          Http.INVITE.replace("lobby=7&mode=ranked", "a".repeat(257)), false),
      new Kind("lone-surrogate", "application/json", "107", Http.INVITE.replace("3210\"", "32\\ud80010\""), false),
      new Kind("deep", "application/json", "107", "[".repeat(5000) + "]".repeat(5000), false),
      new Kind("not-json", "application/json", "107", "<handles/>", false));

  @Test
  void manyConcurrentClientsNeverSeeA5xxAndMemoryStaysBounded() throws Exception {
    int total = Integer.getInteger("handlekit.reliability.requests", DEFAULT_REQUESTS);
    long seconds = Long.getLong("handlekit.reliability.seconds", 0);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    try (HandlesSimulator sim = HandlesSimulator.builder()
        .maxStoredHandles(MAX_HANDLES).maxRecordedExchanges(MAX_EXCHANGES).maxKeptViolations(MAX_EXCHANGES).start()) {
      warmUp(sim.handlesUri());
      memory.gc();
      long heapBefore = memory.getHeapMemoryUsage().getUsed();

      Set<String> ids = ConcurrentHashMap.newKeySet();
      AtomicInteger created = new AtomicInteger();
      Map<String, AtomicInteger> wrong = new ConcurrentHashMap<>();
      AtomicLong next = new AtomicLong();
      AtomicLong served = new AtomicLong();
      AtomicInteger serverErrors = new AtomicInteger();
      AtomicInteger invitesSent = new AtomicInteger();
      AtomicInteger maxStored = new AtomicInteger();
      AtomicInteger maxRecorded = new AtomicInteger();
      AtomicBoolean running = new AtomicBoolean(true);
      Thread monitor = new Thread(() -> {
        while (running.get()) {
          maxStored.accumulateAndGet(sim.storedHandleCount(), Math::max);
          maxRecorded.accumulateAndGet(sim.exchanges().size(), Math::max);
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      monitor.start();
      ExecutorService clients = Executors.newFixedThreadPool(THREADS);
      long start = System.nanoTime();
      long deadline = seconds > 0 ? start + TimeUnit.SECONDS.toNanos(seconds) : Long.MAX_VALUE;
      // Under a time limit, the heap after GC is also taken once the load has run a sixth of its time, when every
      // cache and pool has been filled: what the end is compared with to tell growth from warming up.
      AtomicLong heapUnderLoad = new AtomicLong(-1);
      Thread sampler = new Thread(() -> {
        try {
          Thread.sleep(TimeUnit.SECONDS.toMillis(seconds) / 6);
        } catch (InterruptedException e) {
          return;
        }
        memory.gc();
        heapUnderLoad.set(memory.getHeapMemoryUsage().getUsed());
      });
      if (seconds > 0) {
        sampler.start();
      }
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        HttpClient client = CLIENTS.get(t % CLIENTS.size());
        work.add(clients.submit(() -> {
          for (long i = next.getAndIncrement(); i < total && System.nanoTime() < deadline;
              i = next.getAndIncrement()) {
            Kind kind = KINDS.get((int) (i % KINDS.size()));
            HttpResponse<byte[]> response = send(client, sim.handlesUri(), kind);
            int status = response.statusCode();
            served.incrementAndGet();
            if (kind.name().startsWith("invite")) {
              invitesSent.incrementAndGet();
            }
            if (status >= 500) {
              serverErrors.incrementAndGet();
            }
            boolean right = kind.valid() ? status == 204 || status == 201 : status >= 400 && status < 500;
            if (!right) {
              wrong.computeIfAbsent(kind.name() + " -> " + status, k -> new AtomicInteger()).incrementAndGet();
            }
            if (status == 201) {
              created.incrementAndGet();
              ids.add(JSON.readTree(response.body()).get("id").textValue());
            }
          }
          return null;
        }));
      }
      for (Future<?> future : work) {
        future.get(10, TimeUnit.MINUTES);
      }
      long elapsed = System.nanoTime() - start;
      clients.shutdown();
      running.set(false);
      monitor.join(10_000);

      long sent = served.get();
      System.out.printf("reliability: %d requests from %d threads in %.1f s (%.0f requests/s), %d handles, %d 5xx%n",
          sent, THREADS, elapsed / 1e9, sent / (elapsed / 1e9), created.get(), serverErrors.get());
      assertEquals(Map.of(), Map.copyOf(wrong), "requests answered wrongly (kind -> status: count)");
      assertEquals(0, serverErrors.get());
      assertEquals(invitesSent.get(), created.get());
      assertEquals(created.get(), ids.size(), "handle ids must be unique");
      assertTrue(maxStored.get() <= MAX_HANDLES, "stored handles reached " + maxStored.get());
      assertEquals(MAX_HANDLES, sim.storedHandleCount());
      assertTrue(maxRecorded.get() <= MAX_EXCHANGES, "recorded exchanges reached " + maxRecorded.get());
      assertEquals(MAX_EXCHANGES, sim.exchanges().size());
      assertEquals(MAX_EXCHANGES, sim.violations().size());
      memory.gc();
      long heapAfter = memory.getHeapMemoryUsage().getUsed();
      long growth = heapAfter - heapBefore;
      System.out.printf("reliability: heap after GC %d KiB after warm-up, %d KiB at the end (%+d KiB)%n",
          heapBefore >> 10, heapAfter >> 10, growth >> 10);
      sampler.join(10_000);
      if (heapUnderLoad.get() >= 0) {
        System.out.printf("reliability: heap after GC %d KiB after %d s of load, %d KiB at the end (%+d KiB)%n",
            heapUnderLoad.get() >> 10, seconds / 6, heapAfter >> 10, (heapAfter - heapUnderLoad.get()) >> 10);
      }
      assertTrue(growth < HEAP_GROWTH_BOUND, "heap after GC grew by " + (growth >> 20) + " MiB");
    }
  }

  private static void warmUp(URI uri) throws Exception {
    for (int i = 0; i < 200; i++) {
      send(CLIENTS.get(i % CLIENTS.size()), uri, KINDS.get(i % KINDS.size()));
    }
  }

  private static HttpResponse<byte[]> send(HttpClient client, URI uri, Kind kind) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofByteArray(kind.body().getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", kind.contentType());
    if (kind.contractVersion() != null) {
      request.header("X-Xbl-Contract-Version", kind.contractVersion());
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
