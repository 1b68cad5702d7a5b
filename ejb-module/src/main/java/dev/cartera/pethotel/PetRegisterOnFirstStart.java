package dev.cartera.pethotel;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Loads the pet shop's register at the first start, into an empty pet table; every later start adds nothing
 * (see {@link PetService#loadRegister}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PetRegisterOnFirstStart {

    private static final Logger LOG = Logger.getLogger(PetRegisterOnFirstStart.class.getName());

    @Inject
    PetService pets;

    @PostConstruct
    void load() {
        int added = pets.loadRegister(PetRegister.shipped());
        if (added > 0) {
            LOG.info(() -> "Pet register: " + added + " pets loaded from " + PetRegister.RESOURCE);
        }
    }
}
