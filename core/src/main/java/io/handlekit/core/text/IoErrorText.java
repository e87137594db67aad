package io.handlekit.core.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Says in a few words why reading or writing a file failed, for a message that names the file itself: the
 * exception's own message is often just the path again.
 */
public final class IoErrorText {
  private IoErrorText() {}

  /**
   * Why {@code e} happened, e.g. {@code no such file or directory} or {@code permission denied}; an
   * {@link UncheckedIOException} or {@link DirectoryIteratorException} is described by its cause.
   */
  public static String describe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause()
        : e instanceof DirectoryIteratorException iterating ? iterating.getCause() : e;
    if (cause instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (cause instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (cause instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (cause instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    if (cause instanceof IOException && cause.getMessage() != null) {
      return cause.getMessage();
    }
    return cause.getClass().getSimpleName();
  }
}
