package io.handlekit.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Sends hand-written HTTP/1.1 requests over a socket, for what a well-behaved client cannot send. */
final class RawHttp {
  private RawHttp() {}

  /** The status code of the answer to {@code head} (request line and headers, CRLF-separated) and {@code body}. */
  static int status(int port, String head, byte[] body) {
    return send(port, (head + "\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: " + body.length
        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), body, 30_000).status();
  }

  /**
   * One answer as read off the wire: the status (0 when the connection closed or timed out without one), the header
   * lines, the body, and whether the server closed the connection after it.
   */
  record Answer(int status, List<String> headers, String body, boolean closed, boolean timedOut) {
    Optional<String> header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
          .map(h -> h.substring(prefix.length()).strip()).findFirst();
    }

    boolean hasHeaderStartingWith(String prefix) {
      return headers.stream().anyMatch(h -> h.regionMatches(true, 0, prefix, 0, prefix.length()));
    }
  }

  /**
   * Writes {@code head} (everything up to and including the blank line) and {@code body} exactly as given, then reads
   * until the server closes the connection or {@code readTimeoutMillis} pass without a byte.
   */
  static Answer send(int port, byte[] head, byte[] body, int readTimeoutMillis) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(readTimeoutMillis);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(head);
        out.write(body);
        out.flush();
      } catch (IOException cutShort) {
        // A server may answer and close before it has read the whole request (a head over its limit): whatever it
        // answered is still read below; a reset that took the answer with it reads as closed, status 0.
      }
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one answer from {@code in} until the end of the stream or a read timeout. */
  static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    boolean closed = false;
    boolean timedOut = false;
    try {
      for (int read = in.read(buffer); ; read = in.read(buffer)) {
        if (read < 0) {
          closed = true;
          break;
        }
        answer.write(buffer, 0, read);
        if (answer.size() >= 1 << 20) {
          break;
        }
      }
    } catch (SocketTimeoutException silence) {
      timedOut = true;
    } catch (IOException reset) {
      closed = true;
    }
    String text = answer.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String head = end < 0 ? text : text.substring(0, end);
    String body = end < 0 ? "" : text.substring(end + 4);
    List<String> lines = new ArrayList<>(head.lines().toList());
    int status = 0;
    if (!lines.isEmpty() && lines.get(0).startsWith("HTTP/")) {
      String[] parts = lines.remove(0).split(" ");
      status = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
    }
    return new Answer(status, List.copyOf(lines), body, closed, timedOut);
  }
}
