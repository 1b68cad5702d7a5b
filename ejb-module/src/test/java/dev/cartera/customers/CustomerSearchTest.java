package dev.cartera.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cartera.customers.documents.DocumentCheck;
import dev.cartera.customers.documents.DocumentNumbers;
import dev.cartera.customers.documents.DocumentTypeCode;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.Sort;
import dev.cartera.shared.filtering.FilterCondition;
import dev.cartera.shared.filtering.FilterOperator;
import dev.cartera.shared.filtering.InvalidFilterException;
import dev.cartera.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Searching customers by words, on H2 over the real migrations: V19 fills the words of customers stored before it,
 * the entity keeps them as it changes, and {@code name.contains} / {@code email.contains} / {@code email.equals}
 * find customers through them.
 */
class CustomerSearchTest {

    private static TestDatabase database;
    private static EntityManagerFactory jpa;
    private static long ana;
    private static long rosa;

    @BeforeAll
    static void customersBeforeAndAfterTheWords() throws Exception {
        database = TestDatabase.empty("customer-search");
        database.migrations().target("18").load().migrate();
        try (Connection connection = database.connection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO document_type (code, name) VALUES ('CI', 'Cédula')");
            sql.execute("INSERT INTO customer (document_type, document_number, kind, first_name, last_name, search_name, "
                    + "email, country_code, created_at, updated_at) VALUES ('CI', '0926687856', 'PERSON', 'Ana María', "
                    + "'Rojas Peña', 'ana maria rojas pena 0926687856', 'Ana.Rojas@example.com', 'EC', CURRENT_TIMESTAMP, "
                    + "CURRENT_TIMESTAMP)");
            ana = idOf(sql, "0926687856");
        }
        database.migrations().load().migrate();
        jpa = CustomerDirectoryUnit.over(database);
        rosa = register("1714307103", details("Rosa", "Cedeño Vélez", "rosa_cedeno@Correo.EC"));
    }

    @AfterAll
    static void close() {
        jpa.close();
    }

    @Test
    void theMigrationWroteTheWordsOfCustomersStoredBeforeIt() throws SQLException {
        assertEquals(Set.of("0926687856", "ana", "maria", "pena", "rojas"), words("customer_name_word", ana));
        assertEquals(Set.of("ana", "rojas", "example", "com"), words("customer_email_word", ana));
        try (Connection connection = database.connection(); Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT email_search FROM customer WHERE id = " + ana)) {
            row.next();
            assertEquals("ana.rojas@example.com", row.getString(1));
        }
    }

    @Test
    void aNewCustomerIsWrittenWithItsWords() throws SQLException {
        assertEquals(Set.of("1714307103", "cedeno", "rosa", "velez"), words("customer_name_word", rosa));
        assertEquals(Set.of("rosa", "cedeno", "correo", "ec"), words("customer_email_word", rosa));
    }

    @Test
    void containsFindsTheBeginningsOfWordsInAnyOrderCaseOrAccent() {
        assertEquals(List.of(ana), found("name", FilterOperator.CONTAINS, "ROJ ana"));
        assertEquals(List.of(rosa), found("name", FilterOperator.CONTAINS, "cedeño  r"));
        assertEquals(List.of(rosa), found("name", FilterOperator.CONTAINS, "17143"));
        assertEquals(List.of(ana, rosa), found("name", FilterOperator.CONTAINS, "r"));
        assertEquals(List.of(), found("name", FilterOperator.CONTAINS, "osa"), "a word's middle is not its beginning");
        assertEquals(List.of(), found("name", FilterOperator.CONTAINS, "rosa rojas"), "every word must match");
        assertEquals(List.of(rosa), found("email", FilterOperator.CONTAINS, "correo.ec"));
        assertEquals(List.of(ana), found("email", FilterOperator.CONTAINS, "ana.rojas@example"));
    }

    @Test
    void severalWordsCountEachCustomerOnceHoweverManyOfItsWordsBeginAlike() {
        long marta = register("1712345675", details("Marta Mariela", "Rivas Marín", "marta@example.com"));
        var page = page("mar riv", new Sort("id", true));
        assertEquals(List.of(marta), page.items().stream().map(Customer::id).toList());
        assertEquals(1, page.totalItems(), "marta, mariela and marin begin with mar: one customer");
        assertEquals(true, page.totalExact());
        assertEquals(0, page("mar cedeno", new Sort("id", true)).totalItems(), "no customer has both");
    }

    @Test
    void emailEqualsIgnoresCase() {
        assertEquals(List.of(ana), found("email", FilterOperator.EQUALS, "ANA.ROJAS@EXAMPLE.COM"));
        assertEquals(List.of(rosa), found("email", FilterOperator.IN, "nobody@example.com,Rosa_Cedeno@correo.ec"));
    }

    @Test
    void changedDetailsRewriteTheWords() throws SQLException {
        long id = register("1710034065", details("Luis", "Andrade", "luis@example.com"));
        jpa.runInTransaction(em -> em.find(Customer.class, id)
                .apply(details("Luis Felipe", "Andrade", null), Instant.now()));
        assertEquals(Set.of("1710034065", "andrade", "felipe", "luis"), words("customer_name_word", id));
        assertEquals(Set.of(), words("customer_email_word", id));
        assertEquals(List.of(id), found("name", FilterOperator.CONTAINS, "felipe"));
        assertEquals(List.of(), found("email", FilterOperator.CONTAINS, "luis"));
    }

    @Test
    void aCommonWordIsReadInTheListsOrderAndCountedUpToTheBound() throws SQLException {
        int common = PageRequest.MAX_OFFSET + 50;
        try (Connection connection = database.connection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO customer (document_type, document_number, kind, first_name, last_name, search_name, "
                    + "country_code, created_at, updated_at) SELECT 'CI', CAST(7000000000 + X AS VARCHAR), 'PERSON', "
                    + "'Persona ' || X, 'Común', 'persona ' || X || ' comun', 'EC', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP "
                    + "FROM SYSTEM_RANGE(1, " + common + ")");
            sql.execute("INSERT INTO customer_name_word (customer_id, word) SELECT id, 'comun' FROM customer "
                    + "WHERE document_number LIKE '70%'");
            sql.execute("INSERT INTO customer_name_word (customer_id, word) SELECT id, document_number FROM customer "
                    + "WHERE document_number LIKE '70%'");
            // "comun" inside a word, not at its start: the folded text holds it, the words do not
            sql.execute("INSERT INTO customer (document_type, document_number, kind, first_name, last_name, search_name, "
                    + "country_code, created_at, updated_at) VALUES ('CI', '6999999999', 'PERSON', 'Excomunión', 'Ávila', "
                    + "'excomunion avila 6999999999', 'EC', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO customer_name_word (customer_id, word) SELECT id, w.word FROM customer, "
                    + "(VALUES ('excomunion'), ('avila'), ('6999999999')) w(word) WHERE document_number = '6999999999'");
        }
        var everyone = page("comun", new Sort("name", false));
        assertEquals(20, everyone.items().size());
        assertEquals(PageRequest.MAX_OFFSET, everyone.totalItems());
        assertEquals(false, everyone.totalExact(), "at least that many");
        assertEquals("Persona 9999 Común", everyone.items().getFirst().displayName(), "names Z to A");
        assertEquals("Persona 1 Común", page("comun", new Sort("name", true)).items().getFirst().displayName(),
                "names A to Z, without the word inside another");

        var few = page("comun 700000001", new Sort("id", true));
        assertEquals(10, few.totalItems(), "documents 7000000010 to 7000000019");
        assertEquals(true, few.totalExact());
    }

    @Test
    void aSearchWithoutWordsOrWithTooManyIsRefused() {
        var none = assertThrows(InvalidFilterException.class, () -> CustomerService.LIST.filters()
                .validate(List.of(new FilterCondition("name", FilterOperator.CONTAINS, " -- "))));
        assertEquals("name.contains", none.parameter());
        assertThrows(InvalidFilterException.class, () -> CustomerService.LIST.filters()
                .validate(List.of(new FilterCondition("name", FilterOperator.CONTAINS, "a b c d e f g"))));
    }

    private static List<Long> found(String field, FilterOperator operator, String value) {
        try (EntityManager em = jpa.createEntityManager()) {
            return CustomerService.LIST.page(em, Customer.class, new PageRequest(0, 20, new Sort("id", true)),
                    List.of(new FilterCondition(field, operator, value))).items().stream().map(Customer::id).toList();
        }
    }

    private static dev.cartera.shared.Page<Customer> page(String nameContains, Sort sort) {
        try (EntityManager em = jpa.createEntityManager()) {
            return CustomerService.LIST.page(em, Customer.class, new PageRequest(0, 20, sort),
                    List.of(new FilterCondition("name", FilterOperator.CONTAINS, nameContains)));
        }
    }

    /** A new customer with a cédula, written through the entity; @return its id */
    private static long register(String cedula, CustomerRules.Accepted details) {
        return jpa.callInTransaction(em -> {
            DocumentCheck.Valid document = (DocumentCheck.Valid) DocumentNumbers.check(DocumentTypeCode.CI, cedula);
            Customer customer = new Customer(em.find(DocumentType.class, "CI"), document, details, Instant.now());
            em.persist(customer);
            em.flush();
            return customer.id();
        });
    }

    private static CustomerRules.Accepted details(String firstName, String lastName, String email) {
        return new CustomerRules.Accepted(firstName, lastName, null, null, email, null, null, null, "EC", List.of());
    }

    private static Set<String> words(String table, long customerId) throws SQLException {
        Set<String> words = new TreeSet<>();
        try (Connection connection = database.connection();
             PreparedStatement query = connection.prepareStatement("SELECT word FROM " + table + " WHERE customer_id = ?")) {
            query.setLong(1, customerId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    words.add(rows.getString(1));
                }
            }
        }
        return words;
    }

    private static long idOf(Statement sql, String documentNumber) throws SQLException {
        try (ResultSet id = sql.executeQuery("SELECT id FROM customer WHERE document_number = '" + documentNumber + "'")) {
            id.next();
            return id.getLong(1);
        }
    }
}
