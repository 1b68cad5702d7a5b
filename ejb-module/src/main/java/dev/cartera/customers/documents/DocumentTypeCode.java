package dev.cartera.customers.documents;

import java.util.Locale;
import java.util.Optional;

/**
 * The document types a customer can be identified by. The constant names are the stable codes stored in
 * the database and exchanged through the API and the CSV import, so they must never be renamed.
 */
public enum DocumentTypeCode {
    CI("EC", "Cédula de identidad", "cédula (CI)"),
    RUC("EC", "RUC", "RUC"),
    CC("CO", "Cédula de ciudadanía", "cédula de ciudadanía (CC)"),
    NIT("CO", "NIT", "NIT"),
    CE("CO", "Cédula de extranjería", "cédula de extranjería (CE)"),
    CPF("BR", "CPF", "CPF"),
    CNPJ("BR", "CNPJ", "CNPJ"),
    PASSPORT(null, "Passport", "passport number");

    private final String country;
    private final String label;
    private final String inMessages;

    DocumentTypeCode(String country, String label, String inMessages) {
        this.country = country;
        this.label = label;
        this.inMessages = inMessages;
    }

    /** @return the ISO 3166-1 alpha-2 code of the issuing country, or {@code null} when any country issues it */
    public String country() {
        return country;
    }

    /** @return the name operators know the document by, for pick lists and reports */
    public String label() {
        return label;
    }

    /** How messages name the document after "a": "a cédula (CI)", "a RUC", "a passport number". */
    String inMessages() {
        return inMessages;
    }

    /**
     * Reads a code as sent by a client: surrounding blanks ignored, any letter case. Only the codes are
     * accepted; aliases such as "Cédula" belong to the CSV import, which knows its own column conventions.
     */
    public static Optional<DocumentTypeCode> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        for (DocumentTypeCode type : values()) {
            if (type.name().equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
