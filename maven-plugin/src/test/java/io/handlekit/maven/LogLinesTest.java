package io.handlekit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class LogLinesTest {
  /** Records what was logged at which level. */
  private static final class RecordingLog extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public void info(CharSequence content) {
      lines.add("INFO " + content);
    }

    @Override
    public void warn(CharSequence content) {
      lines.add("WARN " + content);
    }

    @Override
    public void error(CharSequence content) {
      lines.add("ERROR " + content);
    }
  }

  @Test
  void eachFindingAtItsSeverityAndEverythingElseAsInformation() throws IOException {
    RecordingLog log = new RecordingLog();
    LogLines lines = new LogLines(log);
    lines.write("/p/a.json:5:13: error [guid.format] \"MockScid\" is not a GUID (at /sessionRef/scid)\n"
        + "/p/b.json:2: warning [property.unknown] unknown property; not an error [x] here\r\n");
    lines.write("C:\\p\\c.json: info [title-id.number] a number");
    lines.write("\n/p/d.json:1:1: error [json.malformed] says \": warning [x] \" inside\n");
    lines.write("2 files checked: 0 valid, 2 invalid; 2 errors, 1 warning, 1 info\n");
    lines.write("no newline at the end");
    lines.close();

    assertEquals(List.of(
        "ERROR /p/a.json:5:13: error [guid.format] \"MockScid\" is not a GUID (at /sessionRef/scid)",
        "WARN /p/b.json:2: warning [property.unknown] unknown property; not an error [x] here",
        "INFO C:\\p\\c.json: info [title-id.number] a number",
        "ERROR /p/d.json:1:1: error [json.malformed] says \": warning [x] \" inside",
        "INFO 2 files checked: 0 valid, 2 invalid; 2 errors, 1 warning, 1 info",
        "INFO no newline at the end"), log.lines);
  }
}
