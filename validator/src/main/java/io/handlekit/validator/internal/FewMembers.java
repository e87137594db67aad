package io.handlekit.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The members of one object of the one-pass reading ({@link RequestScan}), in document order, in two arrays: an
 * object of the contract has three to six members, for which a hash map's table and entries cost more than they save.
 * Names are compared by reference and hash first, as the rules look members up by the same constants the reading
 * stores them under. For a handful of members only: the reading gives up past {@link RequestScan#MAX_NAMES}.
 */
final class FewMembers extends AbstractMap<String, JsonNode> {
  private String[] names = new String[8];
  private int[] hashes = new int[8];
  private JsonNode[] values = new JsonNode[8];
  private int size;

  @Override
  public int size() {
    return size;
  }

  @Override
  public JsonNode get(Object name) {
    int at = indexOf(name);
    return at < 0 ? null : values[at];
  }

  @Override
  public boolean containsKey(Object name) {
    return indexOf(name) >= 0;
  }

  @Override
  public JsonNode put(String name, JsonNode value) {
    int at = indexOf(name);
    if (at >= 0) {
      JsonNode previous = values[at];
      values[at] = value;
      return previous;
    }
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    names[size] = name;
    hashes[size] = name.hashCode();
    values[size++] = value;
    return null;
  }

  private int indexOf(Object name) {
    int hash = name.hashCode(); // a string keeps its hash: the constants' is computed once
    for (int i = 0; i < size; i++) {
      if (names[i] == name || (hashes[i] == hash && names[i].equals(name))) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Set<Entry<String, JsonNode>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Entry<String, JsonNode>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Entry<String, JsonNode> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int at = next++;
            return new SimpleImmutableEntry<>(names[at], values[at]);
          }
        };
      }
    };
  }
}
