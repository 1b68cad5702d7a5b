package dev.cartera.web.purchases;

import dev.cartera.customers.CustomerService;
import dev.cartera.customers.DocumentType;
import dev.cartera.customers.DocumentTypeService;
import dev.cartera.purchases.Purchase;
import dev.cartera.purchases.PurchaseChannel;
import dev.cartera.purchases.PurchaseInput;
import dev.cartera.purchases.PurchaseService;
import dev.cartera.purchases.PurchaseStatus;
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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Record a purchase ({@code /admin/purchase/edit}, {@code ?customerId=} from a customer's page) or correct one
 * ({@code ?id=}): the same service calls as POST and PUT /api/purchases, each refusal next to its field. The
 * customer and the invoice number are fixed once recorded. The date and time are typed in the company's zone.
 */
@Named
@ViewScoped
public class PurchaseFormPage implements Serializable {

    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("customerId", "form:documentNumber"), Map.entry("customerDocumentType", "form:documentType"),
            Map.entry("customerDocumentNumber", "form:documentNumber"), Map.entry("invoiceNumber", "form:invoiceNumber"),
            Map.entry("purchasedAt", "form:purchasedAt"), Map.entry("amount", "form:amount"),
            Map.entry("channel", "form:channel"), Map.entry("store", "form:store"), Map.entry("status", "form:status"));

    @Inject
    PurchaseService purchases;

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
    private final CustomerChoice customer = new CustomerChoice();
    private String invoiceNumber;
    /** As the browser's date-and-time field writes it: 2026-10-31T15:30, seconds when it has them. */
    private String purchasedAt;
    /** The stored instant, kept when the field still shows it, so an edit does not drop its fractions of a second. */
    private Instant storedPurchasedAt;
    private BigDecimal amount;
    private String channel = PurchaseChannel.STORE.name();
    private String store;
    private String status = PurchaseStatus.COMPLETED.name();

    /** The f:viewAction: only roles that may record get the form; an edit starts from the stored purchase. */
    public void onLoad() {
        console.require(ConsoleAction.EDIT_PURCHASES);
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        purchasedAt = LocalDateTime.now(zone.zone()).truncatedTo(ChronoUnit.MINUTES).toString();
        if (id != null) {
            Purchase purchase = purchases.get(id);
            version = purchase.version();
            customer.choose(customers.get(purchase.customerId()));
            invoiceNumber = purchase.invoiceNumber();
            storedPurchasedAt = purchase.purchasedAt();
            purchasedAt = shown(storedPurchasedAt);
            amount = purchase.amount();
            channel = purchase.channel().name();
            store = purchase.store();
            status = purchase.status().name();
        } else if (customerId != null) {
            customer.choose(customers.get(customerId));
        }
    }

    public void documentChanged() {
        customer.look(customers);
    }

    public String save() {
        console.require(ConsoleAction.EDIT_PURCHASES);
        Instant at;
        try {
            at = instantOf(purchasedAt);
        } catch (DateTimeParseException e) {
            texts.error("form:purchasedAt", "purchase.badDate");
            return null;
        }
        PurchaseInput input = new PurchaseInput(invoiceNumber, at, amount, channel, store, status);
        try {
            Purchase saved = id == null ? purchases.create(customer.ref(), input)
                    : purchases.update(id, input, OptionalLong.of(version));
            texts.infoAfterRedirect(id == null ? "purchase.created" : "purchase.saved", saved.invoiceNumber());
            return "/admin/purchases?faces-redirect=true&customerId.equals=" + saved.customerId();
        } catch (InvalidInputException e) {
            fieldMessages.show(e, INPUTS);
        } catch (NotFoundException e) {
            texts.error("form:documentNumber", "lookup.nobody", texts.text("documentType." + customer.getDocumentType()),
                    customer.getDocumentNumber());
        } catch (ConflictException e) {
            if (id == null) {
                texts.error("form:invoiceNumber", "purchase.duplicate", invoiceNumber);
            } else {
                texts.error(null, "purchase.changedMeanwhile");
            }
        }
        return null;
    }

    private Instant instantOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (storedPurchasedAt != null && text.strip().equals(shown(storedPurchasedAt))) {
            return storedPurchasedAt;
        }
        return LocalDateTime.parse(text.strip()).atZone(zone.zone()).toInstant();
    }

    private String shown(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone.zone()).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"));
    }

    public boolean isEditing() {
        return id != null;
    }

    public List<DocumentType> getDocumentTypes() {
        return documentTypes.documentTypes();
    }

    public List<PurchaseStatus> getStatuses() {
        return List.of(PurchaseStatus.values());
    }

    public List<PurchaseChannel> getChannels() {
        return List.of(PurchaseChannel.values());
    }

    public String getZone() {
        return zone.zone().getId();
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

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public void setInvoiceNumber(String invoiceNumber) {
        this.invoiceNumber = invoiceNumber;
    }

    public String getPurchasedAt() {
        return purchasedAt;
    }

    public void setPurchasedAt(String purchasedAt) {
        this.purchasedAt = purchasedAt;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getStore() {
        return store;
    }

    public void setStore(String store) {
        this.store = store;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
