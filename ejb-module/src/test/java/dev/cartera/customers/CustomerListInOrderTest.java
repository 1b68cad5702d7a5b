package dev.cartera.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.shared.Page;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.Sort;
import dev.cartera.shared.filtering.FilterCondition;
import dev.cartera.shared.filtering.FilterOperator;
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
 * The customer list when more customers match than the count's bound, so that it is read in its order and each
 * customer checked, through the outer joins to city and province: the same customers, in the same order, as when an
 * index finds them.
 */
class CustomerListInOrderTest {

    private static final int CUSTOMERS = 2 * PageRequest.MAX_OFFSET + 400;
    private static TestDatabase database;
    private static EntityManagerFactory jpa;

    @BeforeAll
    static void moreCustomersThanTheBound() throws Exception {
        database = TestDatabase.migrated("list-in-order");
        try (Connection connection = database.connection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO document_type (code, name) VALUES ('CI', 'Cédula'), ('RUC', 'RUC')");
            sql.execute("INSERT INTO country (code, name) VALUES ('EC', 'Ecuador')");
            sql.execute("INSERT INTO province (country_code, code, name) VALUES ('EC', 'P', 'Pichincha'), ('EC', 'G', 'Guayas')");
            sql.execute("INSERT INTO city (province_id, name) SELECT id, 'Capital de ' || name FROM province");
            // every third customer in Guayas, every seventh without a city; names run against the ids
            sql.execute("INSERT INTO customer (document_type, document_number, kind, first_name, last_name, search_name, "
                    + "country_code, city_id, created_at, updated_at) SELECT CASE WHEN MOD(X, 2) = 0 THEN 'CI' ELSE 'RUC' END, "
                    + "LPAD(X, 10, '0'), 'PERSON', 'N', 'N', 'n ' || LPAD(" + CUSTOMERS + " - X, 6, '0'), 'EC', "
                    + "CASE WHEN MOD(X, 7) = 0 THEN NULL ELSE (SELECT c.id FROM city c JOIN province p ON p.id = c.province_id "
                    + "WHERE p.code = CASE WHEN MOD(X, 3) = 0 THEN 'G' ELSE 'P' END) END, "
                    + "DATEADD('SECOND', X, TIMESTAMP '2026-01-01 00:00:00'), CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, "
                    + CUSTOMERS + ")");
        }
        jpa = CustomerDirectoryUnit.over(database);
    }

    @AfterAll
    static void close() {
        jpa.close();
    }

    @Test
    void aProvinceOfManyCustomersListsThemInNameOrder() {
        Page<Customer> pichincha = page(List.of(new FilterCondition("provinceCode", FilterOperator.EQUALS, "p")),
                new Sort("name", true));
        assertFalse(pichincha.totalExact(), "more than the bound");
        // the highest numbers have the first names; Pichincha's are those not divisible by 3 or 7
        assertEquals(expectedNumbers(x -> x % 3 != 0 && x % 7 != 0, 20), numbers(pichincha));
    }

    @Test
    void severalConditionsOnJoinedAndOwnColumnsTogether() {
        List<FilterCondition> conditions = List.of(new FilterCondition("provinceId", FilterOperator.SPECIFIED, "true"),
                new FilterCondition("documentType", FilterOperator.IN, "ci,ruc"),
                new FilterCondition("createdAt", FilterOperator.GREATER_THAN_OR_EQUAL, "2026-01-01T00:00:00Z"));
        Page<Customer> page = page(conditions, new Sort("id", false));
        assertFalse(page.totalExact(), "more than the bound");
        assertEquals(expectedNumbers(x -> x % 7 != 0, 20), numbers(page));
        Page<Customer> noCity = page(List.of(new FilterCondition("cityId", FilterOperator.SPECIFIED, "false")),
                new Sort("id", false));
        assertTrue(noCity.totalExact(), "a seventh of them, fewer than the bound");
        assertEquals(expectedNumbers(x -> x % 7 == 0, 20), numbers(noCity));
    }

    @Test
    void aWideRangeOfInstantsInIdOrderIsReadFromTheNarrowIndexInIdOrder() throws Exception {
        // the newest 10,401 customers, more than the bound: the first of them in id order come after 9,999 others
        String from = java.time.Instant.parse("2026-01-01T00:00:00Z").plusSeconds(10_000).toString();
        List<FilterCondition> newest = List.of(new FilterCondition("createdAt", FilterOperator.GREATER_THAN_OR_EQUAL, from));
        try (Connection connection = database.connection(); Statement sql = connection.createStatement()) {
            sql.execute("SET QUERY_STATISTICS TRUE");
            Page<Customer> page = page(newest, new Sort("id", true));
            assertFalse(page.totalExact(), "more than the bound");
            assertEquals(java.util.stream.IntStream.range(10_000, 10_020).boxed().toList(), numbers(page));
            assertTrue(plan(sql, "CASE WHEN").contains("IX_CUSTOMER_ID_CREATED_AT"),
                    "the page's ids from the index of ids and creation instants, not the table's rows");
        } finally {
            try (Connection connection = database.connection(); Statement sql = connection.createStatement()) {
                sql.execute("SET QUERY_STATISTICS FALSE");
            }
        }
    }

    /** H2's plan of the statement this test ran last that contains {@code text}. */
    private static String plan(Statement sql, String text) throws Exception {
        String statement;
        try (var rows = sql.executeQuery("SELECT SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS "
                + "WHERE SQL_STATEMENT LIKE '%" + text + "%' AND SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'")) {
            assertTrue(rows.next(), "a statement with " + text);
            statement = rows.getString(1);
        }
        try (var explain = sql.getConnection().prepareStatement("EXPLAIN " + statement); var rows = explain.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** Customer numbers (their ids, as they were inserted in order) from the highest down: the first page sorted by id descending, or by name ascending. */
    private static List<Integer> expectedNumbers(java.util.function.IntPredicate matching, int count) {
        return java.util.stream.IntStream.iterate(CUSTOMERS, x -> x >= 1, x -> x - 1).filter(matching).limit(count)
                .boxed().toList();
    }

    private static List<Integer> numbers(Page<Customer> page) {
        return page.items().stream().map(customer -> customer.id().intValue()).toList();
    }

    private static Page<Customer> page(List<FilterCondition> conditions, Sort sort) {
        try (EntityManager em = jpa.createEntityManager()) {
            return CustomerService.LIST.page(em, Customer.class, new PageRequest(0, 20, sort), conditions);
        }
    }
}
