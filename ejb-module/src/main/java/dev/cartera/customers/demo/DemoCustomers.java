package dev.cartera.customers.demo;

import dev.cartera.customers.CustomerDetails;
import dev.cartera.customers.PhoneNumbers;
import dev.cartera.customers.documents.DocumentTypeCode;
import dev.cartera.customers.documents.RandomDocumentNumbers;
import dev.cartera.customers.documents.RucKind;
import dev.cartera.shared.TextFolding;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Realistic Ecuadorian and Colombian customers with valid documents, phones and e-mails, the same ones for the
 * same seed and city list. An Ecuadorian's city lies in the province their cédula was issued in.
 */
public final class DemoCustomers {

    /** A city to place customers in. */
    public record Place(long cityId, String country, String provinceCode) {
    }

    /** One customer to register. */
    public record DemoCustomer(String documentType, String documentNumber, CustomerDetails details) {
    }

    private static final List<String> FIRST_NAMES = List.of("María", "José", "Ana", "Luis", "Carmen", "Juan", "Rosa",
            "Carlos", "Lucía", "Jorge", "Sofía", "Andrés", "Valentina", "Diego", "Gabriela", "Miguel", "Daniela",
            "Fernando", "Camila", "Santiago", "Paola", "Esteban", "Verónica", "Mateo", "Isabel", "Ramiro");
    private static final List<String> LAST_NAMES = List.of("Pérez", "García", "Rodríguez", "López", "Martínez",
            "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Vásquez", "Castillo", "Morales",
            "Ortiz", "Gutiérrez", "Chávez", "Ramos", "Herrera", "Mendoza", "Aguilar", "Zambrano", "Cedeño", "Ospina");
    private static final List<String> COMPANY_WORDS = List.of("Andina", "Pacífico", "Sol", "Cóndor", "Amazonía",
            "Cordillera", "Horizonte", "Volcán", "Café", "Cacao", "Orquídea", "Galápagos", "Caribe", "Nevado", "Río");
    private static final List<String> COMPANY_TRADES = List.of("Comercial", "Distribuidora", "Importadora",
            "Servicios", "Alimentos", "Textiles", "Ferretería", "Agroindustrias", "Logística", "Farmacéutica");

    private DemoCustomers() {
    }

    /** @param places the cities to choose from, in a stable order (the same order gives the same customers) */
    public static DemoCustomer next(RandomGenerator random, List<Place> places) {
        List<Place> ecuador = places.stream().filter(p -> p.country().equals("EC")).toList();
        List<Place> colombia = places.stream().filter(p -> p.country().equals("CO")).toList();
        int roll = random.nextInt(100);
        if (roll < 45) {
            Place place = pick(random, ecuador);
            return person(random, DocumentTypeCode.CI, RandomDocumentNumbers.randomCedula(place.provinceCode(), random), place);
        }
        if (roll < 50) {
            Place place = pick(random, ecuador);
            return person(random, DocumentTypeCode.RUC,
                    RandomDocumentNumbers.randomRuc(RucKind.NATURAL_PERSON, place.provinceCode(), random), place);
        }
        if (roll < 63) {
            Place place = pick(random, ecuador);
            RucKind kind = random.nextInt(10) == 0 ? RucKind.PUBLIC_ENTITY : RucKind.PRIVATE_COMPANY;
            return company(random, DocumentTypeCode.RUC, RandomDocumentNumbers.randomRuc(kind, place.provinceCode(), random),
                    place, random.nextBoolean() ? "S.A." : "Cía. Ltda.");
        }
        Place place = pick(random, colombia);
        if (roll < 88) {
            return person(random, DocumentTypeCode.CC, RandomDocumentNumbers.randomValid(DocumentTypeCode.CC, random), place);
        }
        if (roll < 90) {
            return person(random, DocumentTypeCode.CE, RandomDocumentNumbers.randomValid(DocumentTypeCode.CE, random), place);
        }
        return company(random, DocumentTypeCode.NIT, RandomDocumentNumbers.randomValid(DocumentTypeCode.NIT, random),
                place, "S.A.S.");
    }

    private static DemoCustomer person(RandomGenerator random, DocumentTypeCode type, String number, Place place) {
        String first = pick(random, FIRST_NAMES);
        String last = pick(random, LAST_NAMES) + " " + pick(random, LAST_NAMES);
        String email = TextFolding.fold(first + "." + last.substring(0, last.indexOf(' '))).replace(' ', '.')
                + random.nextInt(1000) + "@example.com";
        return new DemoCustomer(type.name(), number, new CustomerDetails(first, last, null, null, email,
                phone(random, place.country()), address(random, place.country()), place.cityId(), null));
    }

    private static DemoCustomer company(RandomGenerator random, DocumentTypeCode type, String number, Place place,
                                        String suffix) {
        String trade = pick(random, COMPANY_TRADES) + " " + pick(random, COMPANY_WORDS);
        String email = "contacto@" + TextFolding.fold(trade).replace(' ', '-') + random.nextInt(100) + ".example.com";
        return new DemoCustomer(type.name(), number, new CustomerDetails(null, null, trade + " " + suffix, trade, email,
                phone(random, place.country()), address(random, place.country()), place.cityId(), null));
    }

    /** Mobile numbers in each country's plan, checked with the same rules the directory applies. */
    private static String phone(RandomGenerator random, String country) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String candidate = country.equals("EC")
                    ? "09" + (8 + random.nextInt(2)) + digits(random, 7)
                    : "3" + pick(random, List.of("00", "01", "10", "15", "20", "50")) + digits(random, 7);
            if (PhoneNumbers.toE164(candidate, country).isPresent()) {
                return candidate;
            }
        }
        return null;
    }

    private static String address(RandomGenerator random, String country) {
        return country.equals("EC")
                ? "Av. " + pick(random, List.of("Amazonas", "10 de Agosto", "6 de Diciembre", "Bolívar", "Olmedo"))
                        + " N" + (1 + random.nextInt(80)) + "-" + (10 + random.nextInt(190))
                : pick(random, List.of("Calle", "Carrera", "Avenida", "Diagonal")) + " " + (1 + random.nextInt(150))
                        + " # " + (1 + random.nextInt(99)) + "-" + (1 + random.nextInt(99));
    }

    private static String digits(RandomGenerator random, int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private static <T> T pick(RandomGenerator random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
