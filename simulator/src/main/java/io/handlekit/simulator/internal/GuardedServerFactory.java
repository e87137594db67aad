package io.handlekit.simulator.internal;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import wiremock.org.eclipse.jetty.server.Handler;

/** WireMock's own Jetty server with an {@link InputGuard} in front of its handlers. */
public final class GuardedServerFactory implements HttpServerFactory {
  @Override
  public String getName() {
    return "handlekit-guarded-jetty";
  }

  @Override
  public HttpServer buildHttpServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
    return new Jetty11HttpServer(options, admin, stubs) {
      @Override
      protected Handler createHandler(Options settings, AdminRequestHandler adminHandler,
          StubRequestHandler stubHandler) {
        InputGuard guard = new InputGuard();
        guard.setHandler(super.createHandler(settings, adminHandler, stubHandler));
        return guard;
      }
    };
  }
}
