package dev.cartera.web.lending;

import dev.cartera.customers.CustomerService;
import dev.cartera.customers.DocumentType;
import dev.cartera.customers.DocumentTypeService;
import dev.cartera.customers.documents.DocumentNumbers;
import dev.cartera.lending.LoanCurrency;
import dev.cartera.lending.LoanService;
import dev.cartera.lending.LoanStatus;
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
import java.util.List;
import java.util.Map;

/**
 * Préstamos ({@code /admin/loans}): the loans as GET /api/loans lists them, with its filters in the URL
 * ({@code ?status.equals=ACTIVE&principal.greaterThanOrEqual=1000000}), so a search is bookmarkable and a
 * customer's page links to their loans with {@code customerId.equals}.
 */
@Named
@ViewScoped
public class LoansPage implements Serializable {

    @Inject
    LoanService loans;

    @Inject
    CustomerService customers;

    @Inject
    DocumentTypeService documentTypes;

    @Inject
    Console console;

    private ConsoleList<LoanView> list;
    private String customerName;
    private String filterProblem;

    @PostConstruct
    void init() {
        list = new ConsoleList<>(LoanService.LIST, (page, filters) -> loans.list(page, filters).map(LoanView::of),
                LoanView::id);
    }

    /** The f:viewAction: the role again, and the customer the list is narrowed to, by name. */
    public void onLoad() {
        console.require(ConsoleAction.VIEW_LOANS);
        // said above the table, which reads the list only after this part of the page is written
        try {
            list.conditions();
        } catch (InvalidFilterException e) {
            filterProblem = e.parameter();
        }
        customerName = customerNameOf(list.getFilters().get("customerId.equals"));
    }

    /** Searches by reloading the page with the filters in its URL (Post/Redirect/Get). */
    public String search() {
        console.require(ConsoleAction.VIEW_LOANS);
        Map<String, String> filters = list.getFilters();
        String number = filters.get("customerDocumentNumber.equals");
        if (number != null) {
            // the list holds canonical numbers, in the document rules' own spelling
            filters.put("customerDocumentNumber.equals", DocumentNumbers.normalizeForAnyType(number));
        }
        return "/admin/loans?faces-redirect=true&includeViewParams=true";
    }

    public String clear() {
        return "/admin/loans?faces-redirect=true";
    }

    public ConsoleList<LoanView> getList() {
        return list;
    }

    /** The URL's filter parameter that the API's parser refuses, or null. */
    public String getFilterProblem() {
        return filterProblem;
    }

    public String getCustomerName() {
        return customerName;
    }

    public List<LoanStatus> getStatuses() {
        return List.of(LoanStatus.values());
    }

    public List<LoanCurrency> getCurrencies() {
        return List.of(LoanCurrency.values());
    }

    public List<DocumentType> getDocumentTypes() {
        return documentTypes.documentTypes();
    }

    private String customerNameOf(String id) {
        if (id == null || !id.strip().matches("[0-9]{1,18}")) {
            return null;
        }
        try {
            return customers.get(Long.parseLong(id.strip())).displayName();
        } catch (NotFoundException e) {
            return null;
        }
    }
}
