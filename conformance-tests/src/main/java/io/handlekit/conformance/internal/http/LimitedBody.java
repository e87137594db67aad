package io.handlekit.conformance.internal.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the first {@code limit} bytes of a response body and counts the rest: a target answering with a huge
 * body cannot exhaust the suite's memory, and the connection is read to its end so it can be reused. The
 * request's own timeout ends with the response headers; a watchdog bounds the body too, so a target that sends
 * headers and then trickles (or nothing) cannot hang the suite.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<LimitedBody.Received> {
  record Received(byte[] bytes, long length) {}

  private final int limit;
  private final ScheduledExecutorService watchdog;
  private final Duration deadline;
  private volatile ScheduledFuture<?> alarm;
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private final CompletableFuture<Received> result = new CompletableFuture<>();
  private long length;

  LimitedBody(int limit, ScheduledExecutorService watchdog, Duration deadline) {
    this.limit = limit;
    this.watchdog = watchdog;
    this.deadline = deadline;
  }

  @Override
  public CompletionStage<Received> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    try {
      alarm = watchdog.schedule(() -> {
        if (!result.isDone()) {
          subscription.cancel();
          result.completeExceptionally(new HttpTimeoutException("the response body was not complete within "
              + deadline.toMillis() + " ms"));
        }
      }, deadline.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException shutDown) {
      // the run is over; the request's own timeout still bounds the wait for headers
    }
    subscription.request(Long.MAX_VALUE);
  }

  private void disarm() {
    ScheduledFuture<?> a = alarm;
    if (a != null) {
      a.cancel(false);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer buffer : buffers) {
      int n = buffer.remaining();
      length += n;
      int keep = Math.max(0, Math.min(n, limit - kept.size()));
      if (keep > 0) {
        byte[] chunk = new byte[keep];
        buffer.get(chunk);
        kept.write(chunk, 0, keep);
      }
    }
  }

  @Override
  public void onError(Throwable throwable) {
    disarm();
    result.completeExceptionally(throwable);
  }

  @Override
  public void onComplete() {
    disarm();
    result.complete(new Received(kept.toByteArray(), length));
  }
}
