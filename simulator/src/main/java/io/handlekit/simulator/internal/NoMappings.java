package io.handlekit.simulator.internal;

import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import java.util.List;

/**
 * WireMock's stub mappings source for the simulator: nothing is loaded at start (WireMock's default reads the
 * working directory's {@code src/test/resources/mappings}) and nothing is saved, not even a "persistent" mapping.
 */
final class NoMappings implements MappingsSource {
  @Override
  public void loadMappingsInto(StubMappings stubMappings) {}

  @Override
  public void save(List<StubMapping> stubMappings) {}

  @Override
  public void save(StubMapping stubMapping) {}

  @Override
  public void remove(StubMapping stubMapping) {}

  @Override
  public void removeAll() {}
}
