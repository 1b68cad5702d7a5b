package dev.cartera.web.customers;

import dev.cartera.customers.CustomerService;
import dev.cartera.customers.DocumentType;
import dev.cartera.customers.DocumentTypeService;
import dev.cartera.customers.documents.DocumentNumbers;
import dev.cartera.reference.Country;
import dev.cartera.reference.PlaceNameIndex;
import dev.cartera.reference.Province;
import dev.cartera.reference.ReferenceService;
import dev.cartera.shared.CompanyZone;
import dev.cartera.web.console.Console;
import dev.cartera.web.console.ConsoleAction;
import dev.cartera.web.console.ConsoleList;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Clientes: the directory as the API lists it, with its filters, sorts and pages. The filters live in the URL
 * ({@code /admin/customers?name.contains=ana&country.equals=EC}), so a search is bookmarkable and the back button
 * returns to it; the export link carries the same query to the list's CSV.
 */
@Named
@ViewScoped
public class CustomersPage implements Serializable {

    @Inject
    PlaceNameIndex places;

    @Inject
    CustomerService customers;

    @Inject
    DocumentTypeService documentTypes;

    @Inject
    ReferenceService reference;

    @Inject
    CompanyZone zone;

    @Inject
    Console console;

    private ConsoleList<CustomerView> list;
    private LocalDate createdFrom;
    private LocalDate createdTo;

    @PostConstruct
    void init() {
        list = new ConsoleList<>(CustomerService.LIST,
                (page, filters) -> customers.list(page, filters).map(customer -> CustomerView.of(customer, places)),
                CustomerView::id);
    }

    /** The f:viewAction: the role is checked again here, and the URL's dates are shown in the form. */
    public void onLoad() {
        console.require(ConsoleAction.VIEW_CUSTOMERS);
        createdFrom = list.firstDay("createdAt", zone.zone());
        createdTo = list.lastDay("createdAt", zone.zone());
    }

    /** Searches by reloading the page with the filters in its URL (Post/Redirect/Get). */
    public String search() {
        console.require(ConsoleAction.VIEW_CUSTOMERS);
        Map<String, String> filters = list.getFilters();
        list.setDays("createdAt", createdFrom, createdTo, zone.zone());
        String number = filters.get("documentNumber.equals");
        if (number != null) {
            // the list holds canonical numbers, in the document rules' own spelling
            filters.put("documentNumber.equals", DocumentNumbers.normalizeForAnyType(number));
        }
        return "/admin/customers?faces-redirect=true&includeViewParams=true";
    }

    public String clear() {
        return "/admin/customers?faces-redirect=true";
    }

    public ConsoleList<CustomerView> getList() {
        return list;
    }

    public List<DocumentType> getDocumentTypes() {
        return documentTypes.documentTypes();
    }

    public List<Country> getCountries() {
        return reference.countries();
    }

    /** The provinces of the country chosen in the filter, Ecuador's until one is. */
    public List<Province> getProvinces() {
        String country = list.getFilters().get("country.equals");
        return reference.provinces(country == null || country.isBlank() ? "EC" : country);
    }

    public LocalDate getCreatedFrom() {
        return createdFrom;
    }

    public void setCreatedFrom(LocalDate createdFrom) {
        this.createdFrom = createdFrom;
    }

    public LocalDate getCreatedTo() {
        return createdTo;
    }

    public void setCreatedTo(LocalDate createdTo) {
        this.createdTo = createdTo;
    }

}
