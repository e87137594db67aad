package io.handlekit.spark.internal;

import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Numbers the lines of a partition: (body, source, block) becomes (body, source, line). A task reads each block of
 * a file whole and in order, so its lines arrive together and in order; a line's number is its block's first line
 * plus its place in the block.
 */
final class NumberLines implements FlatMapFunction<Iterator<Row>, Row> {
  private static final long serialVersionUID = 1L;

  private final Broadcast<NdjsonLog.FirstLines> firstLines;

  NumberLines(Broadcast<NdjsonLog.FirstLines> firstLines) {
    this.firstLines = firstLines;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    NdjsonLog.FirstLines numbering = firstLines.value();
    return new Iterator<>() {
      private String source;
      private long block = -1;
      private long next;

      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row row = rows.next();
        String rowSource = row.getString(1);
        long rowBlock = row.getLong(2);
        if (rowBlock != block || !rowSource.equals(source)) {
          source = rowSource;
          block = rowBlock;
          next = numbering.of(source, block);
        }
        return RowFactory.create(row.get(0), source, next++);
      }
    };
  }
}
