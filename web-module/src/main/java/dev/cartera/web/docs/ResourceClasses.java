package dev.cartera.web.docs;

import dev.cartera.web.admin.DemoDataResource;
import dev.cartera.web.admin.DemoLoansResource;
import dev.cartera.web.admin.DemoPurchasesResource;
import dev.cartera.web.backup.DumpResource;
import dev.cartera.web.customers.CustomerExportResource;
import dev.cartera.web.customers.CustomerResource;
import dev.cartera.web.identity.AuthResource;
import dev.cartera.web.identity.UserResource;
import dev.cartera.web.imports.ImportResource;
import dev.cartera.web.lending.CustomerLoansResource;
import dev.cartera.web.lending.LoanResource;
import dev.cartera.web.loyalty.LoyaltyReportResource;
import dev.cartera.web.pethotel.PetResource;
import dev.cartera.web.pethotel.PictureResource;
import dev.cartera.web.purchases.CustomerPurchasesResource;
import dev.cartera.web.purchases.PurchaseResource;
import dev.cartera.web.reference.ReferenceResource;
import java.util.List;

/**
 * The API's JAX-RS resources, named once for what reads them by reflection (the document filter and the contract
 * tests). {@code ResourceClassesTest} keeps this list equal to the {@code @Path} classes the WAR holds.
 */
public final class ResourceClasses {

    public static final List<Class<?>> ALL = List.of(
            AuthResource.class, UserResource.class,
            CustomerResource.class, CustomerExportResource.class,
            ImportResource.class,
            LoanResource.class, CustomerLoansResource.class,
            PurchaseResource.class, CustomerPurchasesResource.class,
            LoyaltyReportResource.class,
            PetResource.class, PictureResource.class,
            ReferenceResource.class,
            DumpResource.class,
            DemoDataResource.class, DemoLoansResource.class, DemoPurchasesResource.class);

    private ResourceClasses() {
    }
}
