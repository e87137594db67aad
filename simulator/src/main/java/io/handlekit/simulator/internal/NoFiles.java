package io.handlekit.simulator.internal;

import com.github.tomakehurst.wiremock.common.BinaryFile;
import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.common.TextFile;
import java.net.URI;
import java.util.List;

/**
 * WireMock's files root for the simulator: empty, and nothing is ever written. WireMock's default is the working
 * directory's {@code src/test/resources}, which its admin API could read body files from and write recordings to.
 */
final class NoFiles implements FileSource {
  @Override
  public BinaryFile getBinaryFileNamed(String name) {
    throw new IllegalArgumentException("the simulator serves no files: " + name);
  }

  @Override
  public TextFile getTextFileNamed(String name) {
    throw new IllegalArgumentException("the simulator serves no files: " + name);
  }

  @Override
  public void createIfNecessary() {}

  @Override
  public FileSource child(String subDirectoryName) {
    return this;
  }

  @Override
  public String getPath() {
    return "";
  }

  @Override
  public URI getUri() {
    return URI.create("handlekit:no-files");
  }

  @Override
  public List<TextFile> listFilesRecursively() {
    return List.of();
  }

  @Override
  public void writeTextFile(String name, String contents) {}

  @Override
  public void writeBinaryFile(String name, byte[] contents) {}

  @Override
  public boolean exists() {
    return false;
  }

  @Override
  public void deleteFile(String name) {}
}
