package dev.cartera.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void wordsAreFoldedAndSplitAtWhatIsNotALetterOrDigit() {
        assertEquals(List.of("maria", "jose", "perez", "soto"), List.copyOf(SearchWords.of("María José", "PÉREZ-Soto")));
        assertEquals(List.of("ana", "rojas", "example", "com"), List.copyOf(SearchWords.of("Ana.Rojas@Example.com")));
        assertEquals(List.of("o", "brien", "s", "a", "1790011674001"),
                List.copyOf(SearchWords.of("O'Brien S.A.", null, "1790011674001")));
    }

    @Test
    void eachWordOnceAndNoEmptyOnes() {
        assertEquals(List.of("ana", "maria"), List.copyOf(SearchWords.of(" --Ana   ana, MARÍA ", "")));
        assertEquals(List.of(), List.copyOf(SearchWords.of(" ..- ", null)));
    }

    @Test
    void aLongWordIsCutToTheColumnsLength() {
        String word = "a".repeat(SearchWords.MAX_LENGTH + 10);
        assertEquals(List.of("a".repeat(SearchWords.MAX_LENGTH)), List.copyOf(SearchWords.of(word)));
    }
}
