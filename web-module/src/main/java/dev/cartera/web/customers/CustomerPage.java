package dev.cartera.web.customers;

import dev.cartera.reference.PlaceNameIndex;
import dev.cartera.shared.i18n.Message;
import dev.cartera.customers.CustomerService;
import dev.cartera.lending.LoanService;
import dev.cartera.purchases.PurchaseService;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.Sort;
import dev.cartera.shared.ConflictException;
import dev.cartera.shared.NotFoundException;
import dev.cartera.web.console.Console;
import dev.cartera.web.console.ConsoleAction;
import dev.cartera.web.console.Texts;
import dev.cartera.web.lending.LoanView;
import dev.cartera.web.purchases.PurchaseView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** One customer ({@code /admin/customer?id=...}): the details, what they hold, and delete for admins. */
@Named
@ViewScoped
public class CustomerPage implements Serializable {

    @Inject
    PlaceNameIndex places;

    @Inject
    CustomerService customers;

    @Inject
    Console console;

    @Inject
    LoanService loans;

    @Inject
    PurchaseService purchases;

    @Inject
    Texts texts;

    private Long id;
    private CustomerView customer;
    private Map<String, Long> summary;
    private List<PurchaseView> latestPurchases = List.of();
    private List<LoanView> latestLoans = List.of();

    /** How many of each the page lists; the rest are a link away, in the lists filtered by this customer. */
    static final int LATEST = 5;

    /** The f:viewAction; an unknown id is the console's 404 page. */
    public void onLoad() {
        console.require(ConsoleAction.VIEW_CUSTOMERS);
        if (id == null) {
            throw new NotFoundException(Message.of("problem.noId"));
        }
        customer = CustomerView.of(customers.get(id), places);
        summary = customers.summary(id);
        // the latest of each, from the same service methods as GET /api/customers/{id}/purchases and /loans
        if (console.may(ConsoleAction.VIEW_PURCHASES.name())) {
            latestPurchases = purchases.listOfCustomer(id, new PageRequest(0, LATEST, new Sort("purchasedAt", false)),
                    List.of()).map(PurchaseView::of).items();
        }
        if (console.may(ConsoleAction.VIEW_LOANS.name())) {
            latestLoans = loans.listOfCustomer(id, new PageRequest(0, LATEST, new Sort("createdAt", false)), List.of())
                    .map(LoanView::of).items();
        }
    }

    /** Deletes, or says what still holds the customer (their loans and purchases stay: they are the records). */
    public String delete() {
        console.require(ConsoleAction.DELETE_CUSTOMERS);
        try {
            customers.delete(id);
        } catch (ConflictException e) {
            summary = customers.summary(id);
            texts.error(null, "customer.deleteBlocked", summary.getOrDefault("loans", 0L),
                    summary.getOrDefault("purchases", 0L));
            return null;
        }
        texts.infoAfterRedirect("customer.deleted", customer.displayName());
        return "/admin/customers?faces-redirect=true";
    }

    public CustomerView getCustomer() {
        return customer;
    }

    public List<PurchaseView> getLatestPurchases() {
        return latestPurchases;
    }

    public List<LoanView> getLatestLoans() {
        return latestLoans;
    }

    public Map<String, Long> getSummary() {
        return summary;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
