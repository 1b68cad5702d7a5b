package dev.cartera.web.customers;

import dev.cartera.customers.Customer;
import dev.cartera.customers.CustomerDetails;
import dev.cartera.customers.CustomerKind;
import dev.cartera.customers.CustomerService;
import dev.cartera.customers.DocumentType;
import dev.cartera.customers.DocumentTypeService;
import dev.cartera.customers.documents.DocumentCheck;
import dev.cartera.customers.documents.DocumentNumbers;
import dev.cartera.customers.documents.DocumentTypeCode;
import dev.cartera.reference.City;
import dev.cartera.reference.Country;
import dev.cartera.reference.Province;
import dev.cartera.reference.ReferenceService;
import dev.cartera.shared.ConflictException;
import dev.cartera.shared.InvalidInputException;
import dev.cartera.web.console.Console;
import dev.cartera.web.console.ConsoleAction;
import dev.cartera.web.console.FieldMessages;
import dev.cartera.web.console.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Register a customer ({@code /admin/customer/edit}) or change one's details ({@code ?id=...}): the same service
 * calls and rules as {@code POST} and {@code PUT /api/customers}, each refusal shown next to its field. The
 * document is fixed once registered; the version read with the form guards against overwriting someone else's
 * change.
 */
@Named
@ViewScoped
public class CustomerFormPage implements Serializable {

    /** Each API field and the input it is typed in. */
    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("documentType", "form:documentType"), Map.entry("documentNumber", "form:documentNumber"),
            Map.entry("firstName", "form:firstName"), Map.entry("lastName", "form:lastName"),
            Map.entry("legalName", "form:legalName"), Map.entry("tradeName", "form:tradeName"),
            Map.entry("email", "form:email"), Map.entry("phone", "form:phone"), Map.entry("address", "form:address"),
            Map.entry("country", "form:country"), Map.entry("cityId", "form:city"));

    @Inject
    CustomerService customers;

    @Inject
    DocumentTypeService documentTypes;

    @Inject
    ReferenceService reference;

    @Inject
    Console console;

    @Inject
    Texts texts;

    @Inject
    FieldMessages fieldMessages;

    private Long id;
    private Long version;
    private CustomerKind kind = CustomerKind.PERSON;
    private String documentType = DocumentTypeCode.CI.name();
    private String documentNumber;
    private String firstName;
    private String lastName;
    private String legalName;
    private String tradeName;
    private String email;
    private String phone;
    private String address;
    private String country = "EC";
    private Long provinceId;
    private Long cityId;

    /** The f:viewAction: only roles that may edit get the form, and an edit starts from the stored details. */
    public void onLoad() {
        console.require(ConsoleAction.EDIT_CUSTOMERS);
        if (id == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Customer customer = customers.get(id);
        version = customer.version();
        kind = customer.kind();
        documentType = customer.documentTypeCode();
        documentNumber = customer.documentNumber();
        firstName = customer.firstName();
        lastName = customer.lastName();
        legalName = customer.legalName();
        tradeName = customer.tradeName();
        email = customer.email();
        phone = customer.phone();
        address = customer.address();
        country = customer.country();
        City city = customer.city();
        cityId = city == null ? null : city.id();
        provinceId = city == null ? null : city.province().id();
    }

    /** As the number is typed: whose document it is decides which names the form asks for. */
    public void documentChanged() {
        DocumentTypeCode.parse(documentType).ifPresent(type -> {
            if (DocumentNumbers.check(type, documentNumber) instanceof DocumentCheck.Valid valid) {
                kind = valid.kind();
                if (type.country() != null && id == null) {
                    country = type.country();
                }
            }
        });
    }

    public void countryChanged() {
        provinceId = null;
        cityId = null;
    }

    public void provinceChanged() {
        cityId = null;
    }

    public String save() {
        console.require(ConsoleAction.EDIT_CUSTOMERS);
        // the names that do not apply to this kind of holder are hidden, so they are left out rather than block saving
        CustomerDetails details = isPerson()
                ? new CustomerDetails(firstName, lastName, null, tradeName, email, phone, address, cityId, country)
                : new CustomerDetails(null, null, legalName, tradeName, email, phone, address, cityId, country);
        try {
            Customer saved = id == null
                    ? customers.register(documentType, documentNumber, details).customer()
                    : customers.update(id, details, OptionalLong.of(version)).customer();
            texts.infoAfterRedirect(id == null ? "customer.created" : "customer.saved", saved.displayName());
            return "/admin/customer?faces-redirect=true&id=" + saved.id();
        } catch (InvalidInputException e) {
            fieldMessages.show(e, INPUTS);
        } catch (ConflictException e) {
            texts.error(null, id == null ? "customer.duplicate" : "customer.changedMeanwhile",
                    texts.text("documentType." + documentType), documentNumber);
        }
        return null;
    }

    public boolean isPerson() {
        return kind == CustomerKind.PERSON;
    }

    public boolean isEditing() {
        return id != null;
    }

    public List<DocumentType> getDocumentTypes() {
        return documentTypes.documentTypes();
    }

    public List<Country> getCountries() {
        return reference.countries();
    }

    public List<Province> getProvinces() {
        return country == null || country.isBlank() ? List.of() : reference.provinces(country);
    }

    public List<City> getCities() {
        return getProvinces().stream().filter(province -> province.id().equals(provinceId)).findFirst()
                .map(province -> reference.cities(country, province.code())).orElse(List.of());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getDocumentType() {
        return documentType;
    }

    public void setDocumentType(String documentType) {
        this.documentType = documentType;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getTradeName() {
        return tradeName;
    }

    public void setTradeName(String tradeName) {
        this.tradeName = tradeName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public void setProvinceId(Long provinceId) {
        this.provinceId = provinceId;
    }

    public Long getCityId() {
        return cityId;
    }

    public void setCityId(Long cityId) {
        this.cityId = cityId;
    }
}
