package dev.cartera.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cartera.customers.documents.DocumentCheck;
import dev.cartera.customers.documents.DocumentNumbers;
import dev.cartera.customers.documents.DocumentTypeCode;
import dev.cartera.reference.City;
import dev.cartera.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The customer's document type code and city id, which views and exports read without loading the document type
 * or the city, agree with the relations at every step: a new customer before it is written, one whose city changes
 * before and after the change is written, and the columns themselves (written by the relations only).
 */
class CustomerStoredColumnsTest {

    private static TestDatabase database;
    private static EntityManagerFactory jpa;
    private static long quito;
    private static long guayaquil;

    @BeforeAll
    static void twoCities() throws Exception {
        database = TestDatabase.migrated("customer-stored-columns");
        try (Connection connection = database.connection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO document_type (code, name) VALUES ('CI', 'Cédula')");
            sql.execute("INSERT INTO country (code, name) VALUES ('EC', 'Ecuador')");
            sql.execute("INSERT INTO province (country_code, code, name) VALUES ('EC', '17', 'Pichincha'), "
                    + "('EC', '09', 'Guayas')");
            sql.execute("INSERT INTO city (province_id, name) "
                    + "SELECT id, CASE code WHEN '17' THEN 'Quito' ELSE 'Guayaquil' END FROM province");
            quito = single(sql, "SELECT id FROM city WHERE name = 'Quito'");
            guayaquil = single(sql, "SELECT id FROM city WHERE name = 'Guayaquil'");
        }
        jpa = CustomerDirectoryUnit.over(database);
    }

    @AfterAll
    static void close() {
        jpa.close();
    }

    @Test
    void aNewCustomerKnowsItsCodeAndCityBeforeItIsWritten() throws SQLException {
        long id = jpa.callInTransaction(em -> {
            Customer customer = new Customer(em.find(DocumentType.class, "CI"), cedula("1714307103"),
                    livingIn(em.find(City.class, quito)), Instant.now());
            assertEquals("CI", customer.documentTypeCode());
            assertEquals(quito, customer.cityId());
            em.persist(customer);
            em.flush();
            return customer.id();
        });
        assertEquals(quito, cityColumn(id));
        try (EntityManager em = jpa.createEntityManager()) {
            Customer read = em.find(Customer.class, id);
            assertEquals("CI", read.documentTypeCode());
            assertEquals(quito, read.cityId());
        }
    }

    @Test
    void aMovedCustomerKnowsItsNewCityBeforeAndAfterTheMoveIsWritten() throws SQLException {
        long id = jpa.callInTransaction(em -> {
            Customer customer = new Customer(em.find(DocumentType.class, "CI"), cedula("0926687856"),
                    livingIn(em.find(City.class, quito)), Instant.now());
            em.persist(customer);
            em.flush();
            return customer.id();
        });

        jpa.runInTransaction(em -> {
            Customer customer = em.find(Customer.class, id);
            customer.apply(livingIn(em.find(City.class, guayaquil)), Instant.now());
            assertEquals(guayaquil, customer.cityId());
        });
        assertEquals(guayaquil, cityColumn(id));

        jpa.runInTransaction(em -> {
            Customer customer = em.find(Customer.class, id);
            assertEquals(guayaquil, customer.cityId());
            customer.apply(livingIn(null), Instant.now());
            assertNull(customer.cityId());
        });
        assertNull(cityColumn(id));
    }

    private static DocumentCheck.Valid cedula(String number) {
        return (DocumentCheck.Valid) DocumentNumbers.check(DocumentTypeCode.CI, number);
    }

    private static CustomerRules.Accepted livingIn(City city) {
        return new CustomerRules.Accepted("Rosa", "Cedeño", null, null, null, null, null, city, "EC", List.of());
    }

    private static Long cityColumn(long customerId) throws SQLException {
        try (Connection connection = database.connection(); Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT city_id FROM customer WHERE id = " + customerId)) {
            row.next();
            long city = row.getLong(1);
            return row.wasNull() ? null : city;
        }
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }
}
