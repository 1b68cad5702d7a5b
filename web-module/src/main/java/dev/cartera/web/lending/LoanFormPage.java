package dev.cartera.web.lending;

import dev.cartera.customers.CustomerService;
import dev.cartera.customers.DocumentType;
import dev.cartera.customers.DocumentTypeService;
import dev.cartera.lending.Loan;
import dev.cartera.lending.LoanCurrency;
import dev.cartera.lending.LoanDetails;
import dev.cartera.lending.LoanService;
import dev.cartera.lending.LoanStatus;
import dev.cartera.shared.CompanyZone;
import dev.cartera.shared.ConflictException;
import dev.cartera.shared.InvalidInputException;
import dev.cartera.shared.NotFoundException;
import dev.cartera.web.console.Console;
import dev.cartera.web.console.ConsoleAction;
import dev.cartera.web.console.FieldMessages;
import dev.cartera.web.console.Texts;
import dev.cartera.web.customers.CustomerChoice;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Request a loan for a customer found by document ({@code /admin/loan/edit}, or {@code ?customerId=} from a
 * customer's page) or change one ({@code ?id=}): the same service calls as POST and PUT /api/loans, each refusal
 * next to its field. The terms change only while the loan is REQUESTED (the service says so too); the purpose any
 * time. The version read with the form guards against overwriting someone else's change.
 */
@Named
@ViewScoped
public class LoanFormPage implements Serializable {

    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("customerId", "form:documentNumber"), Map.entry("customerDocumentType", "form:documentType"),
            Map.entry("customerDocumentNumber", "form:documentNumber"), Map.entry("principal", "form:principal"),
            Map.entry("currency", "form:currency"), Map.entry("annualRate", "form:annualRate"),
            Map.entry("termMonths", "form:termMonths"), Map.entry("startDate", "form:startDate"),
            Map.entry("purpose", "form:purpose"));

    @Inject
    LoanService loans;

    @Inject
    CustomerService customers;

    @Inject
    DocumentTypeService documentTypes;

    @Inject
    CompanyZone zone;

    @Inject
    Console console;

    @Inject
    Texts texts;

    @Inject
    FieldMessages fieldMessages;

    private Long id;
    private Long customerId;
    private Long version;
    private String status;
    private final CustomerChoice customer = new CustomerChoice();
    private BigDecimal principal;
    private String currency = LoanCurrency.COP.name();
    private BigDecimal annualRate;
    private Integer termMonths;
    private LocalDate startDate;
    private String purpose;

    /** The f:viewAction: only roles that may edit get the form; an edit starts from the stored loan. */
    public void onLoad() {
        console.require(ConsoleAction.EDIT_LOANS);
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        startDate = LocalDate.now(zone.zone());
        if (id != null) {
            Loan loan = loans.get(id);
            version = loan.version();
            status = loan.status().name();
            customer.choose(customers.get(loan.customerId()));
            principal = loan.principal();
            currency = loan.currency().name();
            annualRate = loan.annualRate().stripTrailingZeros();
            termMonths = loan.termMonths();
            startDate = loan.startDate();
            purpose = loan.purpose();
        } else if (customerId != null) {
            customer.choose(customers.get(customerId));
        }
    }

    public void documentChanged() {
        customer.look(customers);
    }

    public String save() {
        console.require(ConsoleAction.EDIT_LOANS);
        LoanDetails details = new LoanDetails(principal, currency, annualRate, termMonths, startDate, purpose);
        try {
            Loan saved = id == null ? loans.create(customer.ref(), details)
                    : loans.update(id, details, OptionalLong.of(version));
            texts.infoAfterRedirect(id == null ? "loan.created" : "loan.saved", String.valueOf(saved.id()));
            return "/admin/loan?faces-redirect=true&id=" + saved.id();
        } catch (InvalidInputException e) {
            fieldMessages.show(e, INPUTS);
        } catch (NotFoundException e) {
            texts.error("form:documentNumber", "lookup.nobody", texts.text("documentType." + customer.getDocumentType()),
                    customer.getDocumentNumber());
        } catch (ConflictException e) {
            texts.error(null, "loanForm.changedMeanwhile");
        }
        return null;
    }

    public boolean isEditing() {
        return id != null;
    }

    /** Past REQUESTED only the purpose may change: the terms are shown but not offered. */
    public boolean isTermsFixed() {
        return status != null && !LoanStatus.REQUESTED.name().equals(status);
    }

    public List<DocumentType> getDocumentTypes() {
        return documentTypes.documentTypes();
    }

    public List<LoanCurrency> getCurrencies() {
        return List.of(LoanCurrency.values());
    }

    public CustomerChoice getCustomer() {
        return customer;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getStatus() {
        return status;
    }

    public BigDecimal getPrincipal() {
        return principal;
    }

    public void setPrincipal(BigDecimal principal) {
        this.principal = principal;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public BigDecimal getAnnualRate() {
        return annualRate;
    }

    public void setAnnualRate(BigDecimal annualRate) {
        this.annualRate = annualRate;
    }

    public Integer getTermMonths() {
        return termMonths;
    }

    public void setTermMonths(Integer termMonths) {
        this.termMonths = termMonths;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
