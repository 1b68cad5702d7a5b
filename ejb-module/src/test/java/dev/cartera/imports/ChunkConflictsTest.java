package dev.cartera.imports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTimeoutException;
import org.junit.jupiter.api.Test;

class ChunkConflictsTest {

    @Test
    void aDuplicateKeyALockOrAnOptimisticLockIsARaceWhereverItIsWrapped() {
        assertTrue(ChunkConflicts.lostRace(new RuntimeException(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Unique index violation", "23505")))));
        assertTrue(ChunkConflicts.lostRace(new PersistenceException(new SQLException("Violation of UNIQUE KEY", "23000", 2627))));
        assertTrue(ChunkConflicts.lostRace(new PersistenceException(new SQLException("deadlock victim", "40001", 1205))));
        assertTrue(ChunkConflicts.lostRace(new PersistenceException(new SQLTimeoutException("Timeout trying to lock table"))));
        assertTrue(ChunkConflicts.lostRace(new IllegalStateException(new OptimisticLockException("version changed"))));
    }

    @Test
    void otherFaultsAreNot() {
        assertFalse(ChunkConflicts.lostRace(new PersistenceException(new SQLException("Column not found", "42S22"))));
        assertFalse(ChunkConflicts.lostRace(new IllegalStateException("bug")));
    }
}
