package dev.cartera.customers.documents;

import static dev.cartera.customers.documents.DocumentAssertions.assertRefused;
import static dev.cartera.customers.documents.DocumentAssertions.assertValid;
import static dev.cartera.customers.documents.DocumentTypeCode.CI;
import static dev.cartera.customers.documents.DocumentTypeCode.CNPJ;
import static dev.cartera.customers.documents.DocumentTypeCode.CPF;
import static dev.cartera.customers.documents.DocumentTypeCode.NIT;
import static dev.cartera.customers.documents.DocumentTypeCode.RUC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Property-style: thousands of generated numbers must all pass, and must fail once a check digit changes. */
class RandomDocumentNumbersTest {

    private static final int SAMPLES = 2_000;

    @ParameterizedTest
    @EnumSource(DocumentTypeCode.class)
    void everyGeneratedNumberIsValidAndCanonical(DocumentTypeCode type) {
        RandomGenerator random = new SplittableRandom(type.ordinal());
        for (int i = 0; i < SAMPLES; i++) {
            String number = RandomDocumentNumbers.randomValid(type, random);
            assertEquals(number, assertValid(type, number).number());
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentTypeCode.class)
    void theSameSeedGivesTheSameNumbers(DocumentTypeCode type) {
        assertEquals(sample(type, new SplittableRandom(42)), sample(type, new SplittableRandom(42)));
        assertNotEquals(sample(type, new SplittableRandom(42)), sample(type, new SplittableRandom(43)));
    }

    private static List<String> sample(DocumentTypeCode type, RandomGenerator random) {
        return IntStream.range(0, 20).mapToObj(i -> RandomDocumentNumbers.randomValid(type, random)).toList();
    }

    static Stream<Arguments> checkDigits() {
        return Stream.of(
                Arguments.of(CI, anyOf(CI), 9),
                Arguments.of(RUC, ruc(RucKind.NATURAL_PERSON), 9),
                Arguments.of(RUC, ruc(RucKind.PRIVATE_COMPANY), 9),
                Arguments.of(RUC, ruc(RucKind.PUBLIC_ENTITY), 8),
                Arguments.of(NIT, anyOf(NIT), 9),
                Arguments.of(CPF, anyOf(CPF), 9),
                Arguments.of(CPF, anyOf(CPF), 10),
                Arguments.of(CNPJ, anyOf(CNPJ), 12),
                Arguments.of(CNPJ, (Generator) random -> RandomDocumentNumbers.randomCnpj(true, random), 13));
    }

    /** Named so that parameterised test names read well. */
    interface Generator extends Function<RandomGenerator, String> {
    }

    private static Generator anyOf(DocumentTypeCode type) {
        return random -> RandomDocumentNumbers.randomValid(type, random);
    }

    private static Generator ruc(RucKind kind) {
        return random -> RandomDocumentNumbers.randomRuc(kind, random);
    }

    @ParameterizedTest(name = "{0}, check digit at index {2}")
    @MethodSource("checkDigits")
    void changingACheckDigitAlwaysInvalidatesTheNumber(DocumentTypeCode type, Generator generate, int index) {
        RandomGenerator random = new SplittableRandom(index * 31L + type.ordinal());
        for (int i = 0; i < SAMPLES; i++) {
            String number = generate.apply(random);
            assertValid(type, number);
            int digit = Digits.digitAt(number, index);
            for (int other = 0; other <= 9; other++) {
                if (other != digit) {
                    String changed = number.substring(0, index) + other + number.substring(index + 1);
                    assertRefused(type, changed, DocumentProblem.BAD_CHECK_DIGIT);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(RucKind.class)
    void generatesEachKindOfRucInTheProvinceAsked(RucKind kind) {
        RandomGenerator random = new SplittableRandom(kind.ordinal());
        for (String province : EcuadorProvinces.CODES) {
            String ruc = RandomDocumentNumbers.randomRuc(kind, province, random);
            DocumentCheck.Valid valid = assertValid(RUC, ruc);
            assertTrue(ruc.startsWith(province), ruc);
            assertEquals(kind, RucKind.ofThirdDigit(Digits.digitAt(ruc, 2)).orElseThrow());
            assertEquals(kind.customerKind(), valid.kind());
        }
    }

    @Test
    void generatesCedulasInTheProvinceAsked() {
        RandomGenerator random = new SplittableRandom(7);
        for (String province : EcuadorProvinces.CODES) {
            String cedula = RandomDocumentNumbers.randomCedula(province, random);
            assertTrue(assertValid(CI, cedula).number().startsWith(province), cedula);
        }
    }

    @Test
    void refusesToGenerateInAProvinceThatDoesNotExist() {
        RandomGenerator random = new SplittableRandom(7);
        assertThrows(IllegalArgumentException.class, () -> RandomDocumentNumbers.randomCedula("25", random));
        assertThrows(IllegalArgumentException.class,
                () -> RandomDocumentNumbers.randomRuc(RucKind.PRIVATE_COMPANY, "00", random));
    }

    @Test
    void generatedCnpjsWithLettersHaveLetters() {
        RandomGenerator random = new SplittableRandom(11);
        long withLetters = IntStream.range(0, 100)
                .mapToObj(i -> RandomDocumentNumbers.randomCnpj(true, random))
                .filter(cnpj -> cnpj.chars().anyMatch(Character::isLetter))
                .count();
        assertTrue(withLetters > 90, "only " + withLetters + " of 100 had letters");
    }
}
