package dev.cartera.imports;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientException;

/**
 * Tells a chunk that lost a race with another transaction (a unique key another import inserted meanwhile, an
 * optimistic lock, a lock timeout or deadlock) from a real fault. Such a chunk was rolled back whole; run again in
 * a new transaction it sees the other transaction's rows, so an insert becomes an update.
 */
final class ChunkConflicts {

    private ChunkConflicts() {
    }

    static boolean lostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException || t instanceof SQLTransactionRollbackException
                    || t instanceof SQLTransientException
                    || t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
            // SQL Server reports a duplicate key (2627, 2601) or a deadlock (1205) as a plain SQLException
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("40"))) {
                return true;
            }
        }
        return false;
    }
}
