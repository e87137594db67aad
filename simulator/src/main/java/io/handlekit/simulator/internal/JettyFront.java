package io.handlekit.simulator.internal;

import com.github.tomakehurst.wiremock.common.JettySettings;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import wiremock.jakarta.servlet.AsyncContext;
import wiremock.jakarta.servlet.AsyncEvent;
import wiremock.jakarta.servlet.AsyncListener;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.jakarta.servlet.ReadListener;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletInputStream;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletRequestWrapper;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.jakarta.servlet.http.HttpServletResponseWrapper;
import wiremock.org.eclipse.jetty.http.HttpFields;
import wiremock.org.eclipse.jetty.io.EndPoint;
import wiremock.org.eclipse.jetty.io.NetworkTrafficListener;
import wiremock.org.eclipse.jetty.server.Handler;
import wiremock.org.eclipse.jetty.server.HttpConnectionFactory;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.Server;
import wiremock.org.eclipse.jetty.server.ServerConnector;
import wiremock.org.eclipse.jetty.server.handler.ErrorHandler;
import wiremock.org.eclipse.jetty.server.handler.HandlerCollection;
import wiremock.org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * WireMock's own Jetty 11 server with a guard in front of its handlers. This is the only class of the simulator
 * that touches WireMock's shaded Jetty and servlet types (written against WireMock 3.13.2; {@code JettyFrontTest}
 * names that version), so that a WireMock upgrade breaks here and nowhere else. What to answer is the
 * {@link FrontDesk}'s decision; this class does the mechanics:
 *
 * <ul>
 *   <li>asks the desk to screen each request on its head alone, before any body byte is read;
 *   <li>reads the body asynchronously, so a slow sender holds no worker thread: at most the limit plus one byte
 *       (then 413 and the connection closed), within the desk's body deadline (then 400 and closed);
 *   <li>passes WireMock the body it read, hides a form media type from WireMock's eager form decoding (which fails
 *       on a {@code %} not followed by two hex digits, common in JSON), and drops the {@code Matched-Stub-*} and any
 *       CORS headers from the answers;
 *   <li>answers Jetty's own errors (a malformed request line, headers too large) in one plain-text line, without a
 *       stack trace;
 *   <li>tells the desk how each exchange ended.
 * </ul>
 */
public final class JettyFront implements HttpServerFactory {
  private static final String HEAD = "io.handlekit.simulator.head";
  private static final String BODY = "io.handlekit.simulator.body";
  private static final String STARTED = "io.handlekit.simulator.started";
  private static final String TEXT = "text/plain; charset=utf-8";
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final byte[] EMPTY = new byte[0];
  private static final long LINGER_MILLIS = 1_000;
  private static final int INITIAL_BODY_BUFFER = 8_192;
  private static final System.Logger LOG = System.getLogger("io.handlekit.simulator");

  private final FrontDesk desk;

  public JettyFront(FrontDesk desk) {
    this.desk = desk;
  }

  @Override
  public String getName() {
    return "handlekit-jetty-front";
  }

  @Override
  public HttpServer buildHttpServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
    FrontDesk front = desk; // read by the overrides below, which run inside the super constructor
    return new Jetty11HttpServer(options, admin, stubs) {
      @Override
      protected Handler createHandler(Options settings, AdminRequestHandler adminHandler,
          StubRequestHandler stubHandler) {
        Guard guard = new Guard(front);
        guard.setHandler(super.createHandler(settings, adminHandler, stubHandler));
        return guard;
      }

      @Override
      protected ServerConnector createHttpConnector(String bindAddress, int port, JettySettings jettySettings,
          NetworkTrafficListener listener) {
        ServerConnector connector = super.createHttpConnector(bindAddress, port, jettySettings, listener);
        // Jetty waits for the first body byte before it hands a request over; the guard must see the head alone,
        // to refuse a compressed or oversized body that was never sent.
        HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
        if (http != null) {
          http.getHttpConfiguration().setDelayDispatchUntilContent(false);
        }
        return connector;
      }

      @Override
      protected void applyAdditionalServerConfiguration(Server server, Options settings) {
        super.applyAdditionalServerConfiguration(server, settings);
        server.setErrorHandler(new PlainErrors());
      }
    };
  }

  /** Stands in front of WireMock's handlers. */
  private static final class Guard extends HandlerWrapper {
    private final FrontDesk desk;

    Guard(FrontDesk desk) {
      this.desk = desk;
    }

    @Override
    public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
        throws IOException, ServletException {
      if (request.getDispatcherType() == DispatcherType.ASYNC && request.getAttribute(HEAD) instanceof RequestHead head
          && request.getAttribute(BODY) instanceof byte[] body) {
        pass(target, base, request, response, head, body, (Long) request.getAttribute(STARTED));
        return;
      }
      if (request.getDispatcherType() != DispatcherType.REQUEST) {
        super.handle(target, base, request, response);
        return;
      }
      long started = System.nanoTime();
      RequestHead head = head(request);
      Optional<FrontAnswer> refusal = desk.screen(head);
      if (refusal.isPresent()) {
        base.setHandled(true);
        FrontAnswer answer = refusal.get();
        if (hasBody(request) && !answer.close()) {
          // Refused before its body was read, the connection cannot serve another request: say so, or a client
          // that keeps connections alive would send its next request on one that is about to close.
          answer = new FrontAnswer(answer.status(), answer.text(), true);
        }
        // Told first, so that whoever reads the answer finds the exchange recorded.
        desk.answered(head, EMPTY, answer.status(), System.nanoTime() - started);
        write(base, response, answer);
        return;
      }
      if (!hasBody(request)) {
        pass(target, base, request, response, head, EMPTY, started);
        return;
      }
      request.setAttribute(HEAD, head);
      request.setAttribute(STARTED, started);
      AsyncContext async = request.startAsync();
      async.setTimeout(Math.max(1, desk.bodyTimeout().toMillis()));
      BodyReader reader = new BodyReader(desk, async, request, response, head, started);
      async.addListener(reader);
      request.getInputStream().setReadListener(reader);
    }

    private void pass(String target, Request base, HttpServletRequest request, HttpServletResponse response,
        RequestHead head, byte[] body, long started) throws IOException, ServletException {
      try {
        forward(target, base, withBody(request, body), withoutStubIdsOrCors(response));
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError bug) {
        // Jetty answers 500 to what escapes it; the contract wants no 5xx, so a bug is a logged 400.
        LOG.log(System.Logger.Level.ERROR, "the simulator failed on " + head.method() + " " + head.path()
            + "; answering 400", bug);
        base.setHandled(true);
        if (!response.isCommitted()) {
          response.reset();
          write(base, response, new FrontAnswer(400, "The simulator could not process this request.", true));
        }
      } finally {
        desk.answered(head, body, response.getStatus(), System.nanoTime() - started);
      }
    }

    // WireMock's handlers are a collection (the admin context, then the stubs' context at "/"). On the first
    // dispatch a context skips a request another one handled; on the dispatch after the body was read it does not,
    // so both contexts would answer an admin request: stop at the first that handles it.
    private void forward(String target, Request base, HttpServletRequest request, HttpServletResponse response)
        throws IOException, ServletException {
      Handler next = getHandler();
      if (base.getDispatcherType() != DispatcherType.ASYNC || !(next instanceof HandlerCollection collection)) {
        super.handle(target, base, request, response);
        return;
      }
      for (Handler handler : collection.getHandlers()) {
        handler.handle(target, base, request, response);
        if (base.isHandled()) {
          return;
        }
      }
    }

    // A request without Content-Length and Transfer-Encoding has no body (RFC 9112 §6.3).
    private static boolean hasBody(HttpServletRequest request) {
      long length = request.getContentLengthLong();
      return length > 0 || (length < 0 && request.getHeader("Transfer-Encoding") != null);
    }

    private static RequestHead head(HttpServletRequest request) {
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
        String name = names.nextElement();
        headers.put(name, Collections.list(request.getHeaders(name)));
      }
      String remote = String.valueOf(request.getRemoteAddr());
      return new RequestHead(Instant.now(), request.getMethod(), String.valueOf(request.getRequestURI()),
          request.getQueryString(), headers, remote, isLoopback(remote));
    }

    private static boolean isLoopback(String address) {
      try {
        return InetAddress.getByName(address).isLoopbackAddress(); // an IP literal: no name lookup
      } catch (UnknownHostException notAnAddress) {
        return false;
      }
    }
  }

  /** Reads one body without holding a thread, then dispatches the request again with the body attached. */
  private static final class BodyReader implements ReadListener, AsyncListener {
    private final FrontDesk desk;
    private final AsyncContext async;
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final RequestHead head;
    private final long started;
    private final int limit;
    private byte[] bytes;
    private int count;
    private boolean done;

    BodyReader(FrontDesk desk, AsyncContext async, HttpServletRequest request, HttpServletResponse response,
        RequestHead head, long started) {
      this.desk = desk;
      this.async = async;
      this.request = request;
      this.response = response;
      this.head = head;
      this.started = started;
      this.limit = desk.maxBodyBytes();
      // Start small whatever the declared length: memory grows with the bytes that arrive, so connections that
      // declare a large body and then stay silent cannot pin the limit each until the body deadline.
      this.bytes = new byte[(int) Math.min(limit + 1L, INITIAL_BODY_BUFFER)];
    }

    @Override
    public synchronized void onDataAvailable() throws IOException {
      ServletInputStream in = request.getInputStream();
      while (!done && in.isReady()) {
        if (count == bytes.length) {
          bytes = Arrays.copyOf(bytes, (int) Math.min(limit + 1L, bytes.length * 2L));
        }
        int read = in.read(bytes, count, bytes.length - count);
        if (read < 0) {
          return; // onAllDataRead follows
        }
        count += read;
        if (count > limit) {
          refuse(desk.tooLarge());
          return;
        }
      }
    }

    @Override
    public synchronized void onAllDataRead() {
      if (done) {
        return;
      }
      done = true;
      request.setAttribute(BODY, Arrays.copyOf(bytes, count));
      async.dispatch();
    }

    @Override
    public synchronized void onError(Throwable failure) {
      if (!done) {
        refuse(desk.bodyIncomplete(count));
      }
    }

    @Override
    public synchronized void onTimeout(AsyncEvent event) {
      if (!done) {
        refuse(desk.bodyIncomplete(count));
      }
    }

    @Override
    public synchronized void onError(AsyncEvent event) {
      if (!done) {
        refuse(desk.bodyIncomplete(count));
      }
    }

    @Override
    public void onComplete(AsyncEvent event) {}

    @Override
    public void onStartAsync(AsyncEvent event) {}

    private void refuse(FrontAnswer answer) {
      done = true;
      desk.answered(head, Arrays.copyOf(bytes, Math.min(count, bytes.length)), answer.status(),
          System.nanoTime() - started);
      try {
        write(Request.getBaseRequest(request), response, answer);
      } catch (IOException | RuntimeException gone) {
        // the peer went away; there is nobody to answer
      } finally {
        try {
          async.complete();
        } catch (RuntimeException alreadyOver) {
          // Jetty ended the exchange itself (the connection failed)
        }
      }
    }
  }

  /**
   * Writes a refusal. One that closes the connection leaves the peer {@value #LINGER_MILLIS} ms to read it: Jetty
   * would otherwise go on reading and discarding a body without end, and closing at once could reset the
   * connection before the peer has read the answer.
   */
  private static void write(Request base, HttpServletResponse response, FrontAnswer answer) throws IOException {
    response.setStatus(answer.status());
    response.setContentType(TEXT);
    if (answer.close()) {
      response.setHeader("Connection", "close");
    }
    byte[] text = (answer.text() + "\n").getBytes(StandardCharsets.UTF_8);
    response.setContentLength(text.length);
    response.getOutputStream().write(text);
    response.flushBuffer();
    if (answer.close() && base != null) {
      EndPoint endPoint = base.getHttpChannel().getEndPoint();
      base.getHttpChannel().getConnector().getScheduler()
          .schedule(endPoint::close, LINGER_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  private static HttpServletRequest withBody(HttpServletRequest request, byte[] body) {
    String type = request.getContentType();
    boolean form = type != null && type.toLowerCase(Locale.ROOT).contains(FORM);
    return new HttpServletRequestWrapper(request) {
      // WireMock decides to decode a form by getContentType() alone; the headers stay as sent.
      @Override
      public String getContentType() {
        return form ? "application/octet-stream" : super.getContentType();
      }

      @Override
      public ServletInputStream getInputStream() {
        return new BufferedBody(body);
      }
    };
  }

  /** The body already read, served to WireMock. */
  private static final class BufferedBody extends ServletInputStream {
    private final ByteArrayInputStream in;

    BufferedBody(byte[] body) {
      this.in = new ByteArrayInputStream(body);
    }

    @Override
    public boolean isFinished() {
      return in.available() == 0;
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
      throw new IllegalStateException("the body has been read already");
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      return in.read(buffer, offset, length);
    }
  }

  // WireMock names the stub that answered, and its admin context adds CORS headers: the service being simulated
  // sends neither, and no web page may be allowed to read the simulator's answers.
  private static HttpServletResponse withoutStubIdsOrCors(HttpServletResponse response) {
    return new HttpServletResponseWrapper(response) {
      @Override
      public void addHeader(String name, String value) {
        if (!isDropped(name)) {
          super.addHeader(name, value);
        }
      }

      @Override
      public void setHeader(String name, String value) {
        if (!isDropped(name)) {
          super.setHeader(name, value);
        }
      }
    };
  }

  private static boolean isDropped(String name) {
    return name.regionMatches(true, 0, "Matched-Stub-", 0, "Matched-Stub-".length())
        || name.regionMatches(true, 0, "Access-Control-", 0, "Access-Control-".length());
  }

  /** Jetty's error pages in one line of plain text: the status and its reason, never a stack trace. */
  private static final class PlainErrors extends ErrorHandler {
    PlainErrors() {
      setShowStacks(false);
      setShowServlet(false);
    }

    @Override
    public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      base.setHandled(true);
      int status = response.getStatus();
      response.setContentType(TEXT);
      Writer out = response.getWriter();
      out.write(status + " " + reason(status) + "\n");
      out.flush();
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      fields.put("Content-Type", TEXT);
      return ByteBuffer.wrap((status + " " + reason(status) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String reason(int status) {
      return switch (status) {
        case 400 -> "Bad Request: the request is not well-formed HTTP/1.1.";
        case 404 -> "Not Found";
        case 408 -> "Request Timeout";
        case 413 -> "Payload Too Large";
        case 414 -> "URI Too Long";
        case 431 -> "Request Header Fields Too Large";
        default -> "The request could not be processed.";
      };
    }
  }
}
