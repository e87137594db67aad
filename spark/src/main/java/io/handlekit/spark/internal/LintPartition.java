package io.handlekit.spark.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;

/**
 * Lints the bodies of one partition. Its rows are (body: bytes or text, source: text or null, input: long); it
 * yields rows of the findings schema, lazily, so a partition's findings are never all held at once.
 */
final class LintPartition implements FlatMapFunction<Iterator<Row>, Row> {
  private static final long serialVersionUID = 1L;

  private final Broadcast<ValidatorHolder> holder;
  private final boolean lines;

  LintPartition(Broadcast<ValidatorHolder> holder, boolean lines) {
    this.holder = holder;
    this.lines = lines;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    BodyLinter linter = new BodyLinter(holder.value().validator(), lines);
    return new Iterator<>() {
      private final List<Row> pending = new ArrayList<>();
      private Iterator<Row> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && rows.hasNext()) {
          Row row = rows.next();
          Object body = row.get(0);
          if (linter.isBody(body)) {
            pending.clear();
            linter.lint(body, row.isNullAt(1) ? null : row.getString(1), row.getLong(2), pending);
            current = pending.iterator();
          }
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }
}
