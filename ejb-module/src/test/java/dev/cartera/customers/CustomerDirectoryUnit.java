package dev.cartera.customers;

import dev.cartera.reference.City;
import dev.cartera.reference.Country;
import dev.cartera.reference.Province;
import dev.cartera.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;

/** The customer directory's entities as one persistence unit over a test database, for the tests of its lists. */
public final class CustomerDirectoryUnit {

    private CustomerDirectoryUnit() {
    }

    /** Customers with their search words, document types and places, mapped as the server maps them; the caller closes it. */
    public static EntityManagerFactory over(TestDatabase database) {
        return database.entityManagerFactory(Customer.class, CustomerNameWord.class, CustomerEmailWord.class,
                DocumentType.class, City.class, Province.class, Country.class);
    }
}
