package dev.cartera.health;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A round trip to the database through the application's own datasource. */
@Stateless
public class DatabaseProbe {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ping() {
        em.createNativeQuery("SELECT 1").getSingleResult();
    }
}
