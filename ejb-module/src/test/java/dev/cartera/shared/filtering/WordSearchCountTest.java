package dev.cartera.shared.filtering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.customers.Customer;
import dev.cartera.customers.CustomerDirectoryUnit;
import dev.cartera.customers.CustomerService;
import dev.cartera.shared.Page;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.Sort;
import dev.cartera.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The count of a search by several words, every way: the entries the plan read intersected, when they are all the
 * words' entries; each word's entries read whole and intersected; and, when a word has more entries than
 * {@link WordSearch#ENTRIES_INTERSECTED}, the rarest word's entries probed for the others.
 */
class WordSearchCountTest {

    private static TestDatabase database;
    private static EntityManagerFactory jpa;

    @BeforeAll
    static void aCustomerWithMoreWordsThanAreIntersected() throws Exception {
        database = TestDatabase.migrated("word-search-count");
        try (Connection connection = database.connection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO document_type (code, name) VALUES ('CI', 'Cédula')");
            sql.execute("INSERT INTO customer (document_type, document_number, kind, first_name, last_name, search_name, "
                    + "country_code, created_at, updated_at) VALUES "
                    + "('CI', '0000000001', 'PERSON', 'Ana', 'Zeta', 'ana zeta 0000000001', 'EC', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP), "
                    + "('CI', '0000000002', 'PERSON', 'Ana', 'Zz', 'ana zz 0000000002', 'EC', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO customer_name_word (customer_id, word) SELECT id, w.word FROM customer, "
                    + "(VALUES ('ana'), ('zeta'), ('0000000001')) w(word) WHERE document_number = '0000000001'");
            sql.execute("INSERT INTO customer_name_word (customer_id, word) SELECT id, w.word FROM customer, "
                    + "(VALUES ('ana'), ('zz'), ('0000000002')) w(word) WHERE document_number = '0000000002'");
            // words beginning with "yy", more of them than the bound: yy1, yy2...
            sql.execute("INSERT INTO customer_name_word (customer_id, word) SELECT (SELECT id FROM customer WHERE "
                    + "document_number = '0000000002'), 'yy' || X FROM SYSTEM_RANGE(1, " + (PageRequest.MAX_OFFSET + 1) + ")");
            // words beginning with "zz", more of them than are intersected: zz1, zz2...
            sql.execute("INSERT INTO customer_name_word (customer_id, word) SELECT (SELECT id FROM customer WHERE "
                    + "document_number = '0000000002'), 'zz' || X FROM SYSTEM_RANGE(1, " + WordSearch.ENTRIES_INTERSECTED + ")");
        }
        jpa = CustomerDirectoryUnit.over(database);
    }

    @AfterAll
    static void close() {
        jpa.close();
    }

    @Test
    void wordsWhoseEntriesTheBoundReadsAreIntersected() {
        Page<Customer> page = page("ana zet");
        assertEquals(List.of("Ana Zeta"), names(page));
        assertEquals(1, page.totalItems());
        assertTrue(page.totalExact());
    }

    @Test
    void aWordOfMoreEntriesThanTheBoundIsReadWholeAndIntersected() {
        Page<Customer> page = page("ana yy");
        assertEquals(List.of("Ana Zz"), names(page));
        assertEquals(1, page.totalItems());
        assertTrue(page.totalExact());
        assertEquals(0, page("zeta yy").totalItems());
    }

    @Test
    void aWordOfMoreEntriesThanAreIntersectedIsProbedFor() {
        Page<Customer> page = page("ana zz");
        assertEquals(List.of("Ana Zz"), names(page));
        assertEquals(1, page.totalItems(), "one customer, however many of its words begin with zz");
        assertTrue(page.totalExact());
        assertEquals(0, page("zeta zz").totalItems());
    }

    private static List<String> names(Page<Customer> page) {
        return page.items().stream().map(Customer::displayName).toList();
    }

    private static Page<Customer> page(String nameContains) {
        try (EntityManager em = jpa.createEntityManager()) {
            return CustomerService.LIST.page(em, Customer.class, new PageRequest(0, 20, new Sort("id", true)),
                    List.of(new FilterCondition("name", FilterOperator.CONTAINS, nameContains)));
        }
    }
}
