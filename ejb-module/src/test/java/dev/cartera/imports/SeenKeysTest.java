package dev.cartera.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SeenKeysTest {

    @Test
    void remembersTheFirstRowOfEveryKeyAcrossGrowth() {
        SeenKeys seen = new SeenKeys();
        for (int row = 1; row <= 5000; row++) {
            assertEquals(0, seen.putIfAbsent("CI " + row, row));
        }
        assertEquals(17, seen.putIfAbsent("CI 17", 9000));
        assertEquals(4999, seen.putIfAbsent("CI 4999", 9001));
    }

    @Test
    void aRowMeetingItsOwnKeyAgainGetsItsOwnNumberBackNotAnotherRowsOne() {
        SeenKeys seen = new SeenKeys();
        assertEquals(0, seen.putIfAbsent("CI 1", 3));
        assertEquals(3, seen.putIfAbsent("CI 1", 3), "a chunk run again after a rollback: the same row, no duplicate");
    }
}
