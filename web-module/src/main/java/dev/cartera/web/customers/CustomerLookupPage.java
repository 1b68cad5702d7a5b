package dev.cartera.web.customers;

import dev.cartera.customers.CustomerCard;
import dev.cartera.customers.CustomerService;
import dev.cartera.customers.DocumentType;
import dev.cartera.customers.DocumentTypeService;
import dev.cartera.customers.documents.DocumentCheck;
import dev.cartera.customers.documents.DocumentNumbers;
import dev.cartera.customers.documents.DocumentTypeCode;
import dev.cartera.lending.Loan;
import dev.cartera.lending.LoanService;
import dev.cartera.purchases.Purchase;
import dev.cartera.purchases.PurchaseService;
import dev.cartera.reference.PlaceNameIndex;
import dev.cartera.shared.CompanyZone;
import dev.cartera.shared.NotFoundException;
import dev.cartera.shared.PageRequest;
import dev.cartera.shared.Sort;
import dev.cartera.web.console.Console;
import dev.cartera.web.console.ConsoleAction;
import dev.cartera.web.console.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Consulta de clientes: one document in, the customer and what they hold out. Bookmarkable
 * ({@code /admin/lookup?type=CI&number=...}). The number is checked by the same rules as the API's lookup before
 * any search, so an impossible number is answered with the rule it breaks.
 */
@Named
@ViewScoped
public class CustomerLookupPage implements Serializable {

    private static final int LATEST = 5;

    @Inject
    PlaceNameIndex places;

    @Inject
    CustomerService customers;

    @Inject
    DocumentTypeService documentTypes;

    @Inject
    LoanService loans;

    @Inject
    PurchaseService purchases;

    @Inject
    Console console;

    @Inject
    Texts texts;

    @Inject
    CompanyZone zone;

    @Inject
    Clock clock;

    private String type = DocumentTypeCode.CI.name();
    private String number;
    private transient LookupResult result;

    /** What the page shows about the customer found; loans with what is still owed on them today. */
    public record LookupResult(CustomerView customer, Map<String, Long> summary, Object loyalty,
                               List<Purchase> latestPurchases, List<OwedLoan> loans, BigDecimal owed) {
    }

    /** A loan and its scheduled balance today. */
    public record OwedLoan(Loan loan, BigDecimal outstanding) {
    }

    public List<DocumentType> getDocumentTypes() {
        return documentTypes.documentTypes();
    }

    /** The f:viewAction of a bookmarked lookup. */
    public void onLoad() {
        console.require(ConsoleAction.LOOKUP);
        if (number != null && !number.isBlank()) {
            search();
        }
    }

    public void search() {
        console.require(ConsoleAction.LOOKUP);
        result = null;
        DocumentTypeCode code = DocumentTypeCode.parse(type).orElse(null);
        if (code == null) {
            texts.error("lookup:type", "lookup.typeRequired");
            return;
        }
        if (DocumentNumbers.check(code, number) instanceof DocumentCheck.Invalid invalid) {
            texts.error("lookup:number", DocumentTexts.problemKey(invalid), number == null ? "" : number.strip(),
                    texts.text(DocumentTexts.ruleKey(code)));
            return;
        }
        try {
            result = resultFor(customers.card(code.name(), number));
        } catch (NotFoundException e) {
            texts.info("lookup:number", "lookup.nobody", texts.text("documentType." + code.name()),
                    ((DocumentCheck.Valid) DocumentNumbers.check(code, number)).number());
        }
    }

    private LookupResult resultFor(CustomerCard card) {
        long id = card.customer().id();
        List<Purchase> latest = purchases.listOfCustomer(id, new PageRequest(0, LATEST, new Sort("purchasedAt", false)),
                List.of()).items();
        LocalDate today = LocalDate.now(clock.withZone(zone.zone()));
        List<OwedLoan> owed = loans.listOfCustomer(id, new PageRequest(0, PageRequest.MAX_SIZE,
                new Sort("startDate", false)), List.of()).items().stream()
                .map(loan -> new OwedLoan(loan, loan.outstandingOn(today))).toList();
        BigDecimal total = owed.stream().filter(each -> "COP".equals(each.loan().currency().name()))
                .map(OwedLoan::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new LookupResult(CustomerView.of(card.customer(), places), card.summary(), card.facts().get("loyalty"),
                latest, owed, total);
    }

    public LookupResult getResult() {
        return result;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
