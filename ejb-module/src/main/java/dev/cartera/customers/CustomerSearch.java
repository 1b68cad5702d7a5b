package dev.cartera.customers;

import dev.cartera.shared.SearchWords;
import dev.cartera.shared.TextFolding;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a customer is searched by, from its names, document and e-mail: written by the entity, by the migration
 * that filled it for customers stored before, and by the benchmarks' bulk loader, so all three agree.
 */
public final class CustomerSearch {

    private CustomerSearch() {
    }

    /** Names and document folded into one string: {@code name.equals}, and the name sort. */
    public static String searchName(String firstName, String lastName, String legalName, String tradeName,
                                    String documentNumber) {
        return TextFolding.fold(Stream.of(firstName, lastName, legalName, tradeName, documentNumber)
                .filter(Objects::nonNull).collect(Collectors.joining(" ")));
    }

    /** The words {@code name.contains} finds a customer by: its names' and its document number's. */
    public static Set<String> nameWords(String firstName, String lastName, String legalName, String tradeName,
                                        String documentNumber) {
        return SearchWords.of(firstName, lastName, legalName, tradeName, documentNumber);
    }

    /** The address folded, for {@code email.equals}; null without one. */
    public static String emailSearch(String email) {
        return TextFolding.fold(email);
    }

    /** The words {@code email.contains} finds a customer by: the address's parts ({@code ana}, {@code rojas}, ...). */
    public static Set<String> emailWords(String email) {
        return SearchWords.of(email);
    }
}
