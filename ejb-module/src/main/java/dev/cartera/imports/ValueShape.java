package dev.cartera.imports;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a column's values look like, read from the first rows of a file: a hint for matching a header nobody
 * listed, because the values often say more than the header ("Contacto" holding addresses with an {@code @}).
 */
public enum ValueShape {
    EMAIL(true, value -> value.indexOf('@') > 0 && value.indexOf('@') < value.length() - 1 && !value.contains(" ")),
    /** An Ecuadorian RUC: 13 digits ending in 001. */
    RUC(true, value -> digits(value).length() == 13 && digits(value).endsWith("001") && onlyDocumentCharacters(value)),
    /** A Brazilian CNPJ: 14 digits, usually written 00.000.000/0000-00. */
    CNPJ(true, value -> digits(value).length() == 14 && onlyDocumentCharacters(value)),
    /** A Brazilian CPF: 11 digits, usually written 000.000.000-00. */
    CPF(false, value -> digits(value).length() == 11 && onlyDocumentCharacters(value) && value.contains(".")),
    /** A national identity number: 6 to 11 digits (a cédula has 10). */
    ID_NUMBER(false, value -> digits(value).length() >= 6 && digits(value).length() <= 11 && onlyDocumentCharacters(value)),
    PHONE(false, value -> value.matches("\\+?[0-9 ()\\-]{7,20}") && digits(value).length() >= 7),
    DATE(false, value -> Pattern.matches("\\d{4}-\\d{1,2}-\\d{1,2}([ T].*)?|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}( .*)?", value)),
    YEAR(false, value -> value.matches("(19|20)\\d\\d")),
    /** An amount of money: digits with at most two decimals, perhaps grouped and with a currency sign. */
    AMOUNT(false, value -> value.matches("[$€R\\s]*-?\\d{1,3}([.,\\s]?\\d{3})*([.,]\\d{1,2})?")),
    /** A small whole number (months, a count). */
    SMALL_INTEGER(false, value -> value.matches("\\d{1,3}")),
    /** A percentage or rate: a number with decimals or a % sign. */
    RATE(false, value -> value.matches("\\d{1,2}([.,]\\d+)?\\s*%?")),
    CURRENCY_CODE(false, value -> value.matches("[A-Z]{3}")),
    COUNTRY_CODE(false, value -> value.matches("[A-Za-z]{2}")),
    /** A code made of letters, digits and dashes (an invoice number, an id). */
    CODE(false, value -> value.matches("[A-Za-z0-9][A-Za-z0-9\\-_/]{2,40}") && value.chars().anyMatch(Character::isDigit)),
    /** Words: letters and spaces, no digits (a name, a city). */
    WORDS(false, value -> value.chars().noneMatch(Character::isDigit) && value.chars().anyMatch(Character::isLetter));

    /** How many sample values must fit a shape for the column to have it. */
    private static final double SHARE = 0.9;

    private final boolean distinctive;
    private final Predicate<String> test;

    ValueShape(boolean distinctive, Predicate<String> test) {
        this.distinctive = distinctive;
        this.test = test;
    }

    /** A shape so particular that values of it name their field even under a meaningless header. */
    public boolean distinctive() {
        return distinctive;
    }

    /** The shapes nine in ten of the non-empty values have; empty when there are no values. */
    public static Set<ValueShape> of(List<String> samples) {
        List<String> values = samples.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).toList();
        Set<ValueShape> shapes = EnumSet.noneOf(ValueShape.class);
        if (values.isEmpty()) {
            return shapes;
        }
        for (ValueShape shape : values()) {
            long fitting = values.stream().filter(shape.test).count();
            if (fitting >= Math.ceil(values.size() * SHARE)) {
                shapes.add(shape);
            }
        }
        return shapes;
    }

    private static String digits(String value) {
        return value.replaceAll("\\D", "");
    }

    private static boolean onlyDocumentCharacters(String value) {
        return value.matches("[0-9.\\-/ ]+");
    }
}
