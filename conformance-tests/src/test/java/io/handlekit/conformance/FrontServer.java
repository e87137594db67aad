package io.handlekit.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A WireMock server in front of the fault-free simulator whose transformer extension hands every request to a
 * {@link Behaviour}: it may rewrite the request the way a lenient framework would before passing it on (decode bytes
 * leniently, match names in any case, coerce scalars...), refuse it the way a strict one would, or change the
 * simulator's answer. This is how the catalogue builds implementations the simulator has no fault for.
 */
final class FrontServer implements AutoCloseable {
  /** A request as the front received it; header names keep the case they were sent in. */
  record Request(String method, String url, List<Header> headers, byte[] body) {
    Optional<String> header(String name) {
      return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }

    boolean hasHeaderNamedExactly(String name) {
      return headers.stream().anyMatch(h -> h.name().equals(name));
    }

    boolean isPost() {
      return method.equals("POST");
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    Request withBody(byte[] newBody) {
      return new Request(method, url, headers, newBody);
    }
  }

  /** An answer, from the simulator or made up by the behaviour. */
  record Response(int status, List<Header> headers, byte[] body, boolean chunked) {
    static Response of(int status, String contentType, String body) {
      return new Response(status, List.of(new Header("Content-Type", contentType)), body.getBytes(StandardCharsets.UTF_8),
          false);
    }

    Optional<String> header(String name) {
      return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }

    Response withStatus(int newStatus) {
      return new Response(newStatus, headers, body, chunked);
    }

    Response withBody(byte[] newBody) {
      return new Response(status, headers, newBody, chunked);
    }

    Response withHeader(String name, String value) {
      List<Header> more = new ArrayList<>(headers);
      more.removeIf(h -> h.name().equalsIgnoreCase(name));
      more.add(new Header(name, value));
      return new Response(status, more, body, chunked);
    }

    Response sentChunked() {
      return new Response(status, headers, body, true);
    }
  }

  /** What the front does with one request; {@code upstream} passes a request on to the simulator. */
  @FunctionalInterface
  interface Behaviour {
    Response handle(Request request, Function<Request, Response> upstream);
  }

  private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "expect", "host", "upgrade",
      "transfer-encoding", "keep-alive", "te", "trailer", "date", "server", "matched-stub-id", "vary");

  private final WireMockServer wireMock;

  FrontServer(URI simulator, Behaviour behaviour) {
    wireMock = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().containerThreads(24).jettyAcceptors(1)
        .extensions(new Front(simulator, behaviour)));
    wireMock.start();
    wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(Front.NAME)));
  }

  String baseUrl() {
    return "http://127.0.0.1:" + wireMock.port();
  }

  @Override
  public void close() {
    wireMock.stop();
  }

  private static final class Front implements ResponseDefinitionTransformerV2 {
    static final String NAME = "handlekit-front";
    private final URI simulator;
    private final Behaviour behaviour;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();

    Front(URI simulator, Behaviour behaviour) {
      this.simulator = simulator;
      this.behaviour = behaviour;
    }

    @Override
    public String getName() {
      return NAME;
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      com.github.tomakehurst.wiremock.http.Request in = event.getRequest();
      List<Header> headers = new ArrayList<>();
      for (HttpHeader header : in.getHeaders().all()) {
        for (String value : header.values()) {
          headers.add(new Header(header.key(), value));
        }
      }
      byte[] body = in.getBody() == null ? new byte[0] : in.getBody();
      Request request = new Request(in.getMethod().getName().toUpperCase(Locale.ROOT), in.getUrl(), headers, body);
      Response response = behaviour.handle(request, this::forward);
      ResponseDefinitionBuilder out = aResponse().withStatus(response.status());
      for (Header header : response.headers()) {
        out.withHeader(header.name(), header.value());
      }
      if (response.body().length > 0) {
        out.withBody(response.body());
        if (response.chunked()) {
          out.withChunkedDribbleDelay(3, 3);
        }
      }
      return out.build();
    }

    private Response forward(Request request) {
      HttpRequest.Builder builder = HttpRequest.newBuilder(simulator.resolve(request.url())).timeout(Duration.ofSeconds(30));
      for (Header header : request.headers()) {
        if (!HOP_BY_HOP.contains(header.name().toLowerCase(Locale.ROOT))) {
          builder.header(header.name(), header.value());
        }
      }
      builder.method(request.method(), request.body().length == 0 && !request.isPost()
          ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(request.body()));
      try {
        HttpResponse<byte[]> answer = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        List<Header> headers = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : answer.headers().map().entrySet()) {
          if (!HOP_BY_HOP.contains(entry.getKey().toLowerCase(Locale.ROOT)) && !entry.getKey().startsWith(":")) {
            entry.getValue().forEach(v -> headers.add(new Header(entry.getKey(), v)));
          }
        }
        return new Response(answer.statusCode(), headers, answer.body(), false);
      } catch (IOException e) {
        return Response.of(502, "text/plain", "the simulator behind the front failed: " + e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Response.of(502, "text/plain", "interrupted");
      }
    }
  }
}
