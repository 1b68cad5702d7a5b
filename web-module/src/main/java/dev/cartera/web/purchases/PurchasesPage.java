package dev.cartera.web.purchases;

import dev.cartera.customers.CustomerService;
import dev.cartera.purchases.PurchaseChannel;
import dev.cartera.purchases.PurchaseService;
import dev.cartera.purchases.PurchaseStatus;
import dev.cartera.shared.CompanyZone;
import dev.cartera.shared.NotFoundException;
import dev.cartera.shared.filtering.InvalidFilterException;
import dev.cartera.web.console.Console;
import dev.cartera.web.console.ConsoleAction;
import dev.cartera.web.console.ConsoleList;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compras ({@code /admin/purchases}): the purchases as GET /api/purchases lists them, with its filters in the URL
 * ({@code ?customerId.equals=7&status.equals=COMPLETED}), bookmarkable, and linked from a customer's page.
 */
@Named
@ViewScoped
public class PurchasesPage implements Serializable {

    @Inject
    PurchaseService purchases;

    @Inject
    CustomerService customers;

    @Inject
    CompanyZone zone;

    @Inject
    Console console;

    private ConsoleList<PurchaseView> list;
    private LocalDate purchasedFrom;
    private LocalDate purchasedTo;
    private String customerName;
    private String filterProblem;
    /** The names of the customers on the pages shown, read once each: a purchase holds only its customer's id. */
    private final Map<Long, String> names = new HashMap<>();

    @PostConstruct
    void init() {
        list = new ConsoleList<>(PurchaseService.LIST,
                (page, filters) -> purchases.list(page, filters).map(PurchaseView::of), PurchaseView::id);
    }

    /** The f:viewAction: the role again, the URL's instants as the days they fall on, the customer by name. */
    public void onLoad() {
        console.require(ConsoleAction.VIEW_PURCHASES);
        // said above the table, which reads the list only after this part of the page is written
        try {
            list.conditions();
        } catch (InvalidFilterException e) {
            filterProblem = e.parameter();
        }
        purchasedFrom = list.firstDay("purchasedAt", zone.zone());
        purchasedTo = list.lastDay("purchasedAt", zone.zone());
        String id = list.getFilters().get("customerId.equals");
        customerName = id != null && id.strip().matches("[0-9]{1,18}") ? customerName(Long.parseLong(id.strip())) : null;
    }

    /** Searches by reloading the page with the filters in its URL (Post/Redirect/Get). */
    public String search() {
        console.require(ConsoleAction.VIEW_PURCHASES);
        Map<String, String> filters = list.getFilters();
        list.setDays("purchasedAt", purchasedFrom, purchasedTo, zone.zone());
        String invoice = filters.get("invoiceNumber.equals");
        if (invoice != null) {
            // purchases hold invoice numbers trimmed, upper-case, with single spaces
            filters.put("invoiceNumber.equals", invoice.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT));
        }
        return "/admin/purchases?faces-redirect=true&includeViewParams=true";
    }

    public String clear() {
        return "/admin/purchases?faces-redirect=true";
    }

    /** The name of a row's customer; null for one deleted since. */
    public String customerName(long id) {
        return names.computeIfAbsent(id, key -> {
            try {
                return customers.get(key).displayName();
            } catch (NotFoundException e) {
                return null;
            }
        });
    }

    public ConsoleList<PurchaseView> getList() {
        return list;
    }

    /** The URL's filter parameter that the API's parser refuses, or null. */
    public String getFilterProblem() {
        return filterProblem;
    }

    public String getCustomerName() {
        return customerName;
    }

    public List<PurchaseStatus> getStatuses() {
        return List.of(PurchaseStatus.values());
    }

    public List<PurchaseChannel> getChannels() {
        return List.of(PurchaseChannel.values());
    }

    public LocalDate getPurchasedFrom() {
        return purchasedFrom;
    }

    public void setPurchasedFrom(LocalDate purchasedFrom) {
        this.purchasedFrom = purchasedFrom;
    }

    public LocalDate getPurchasedTo() {
        return purchasedTo;
    }

    public void setPurchasedTo(LocalDate purchasedTo) {
        this.purchasedTo = purchasedTo;
    }

}
