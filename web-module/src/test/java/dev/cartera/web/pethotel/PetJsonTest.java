package dev.cartera.web.pethotel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cartera.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PetJsonTest {

    @Test
    void theYearIsAFourDigitStringOrANumber() {
        assertEquals(2018, PetJson.parse("{\"nome_pet\":\"Duke\",\"dono\":\"Miguel\",\"raca\":\"Lab\",\"data_nascimento\":\"2018\"}",
                false).details().birthYear());
        PetJson.Parsed parsed = PetJson.parse("{\"nome_pet\":\"Duke\",\"dono\":\"Miguel\",\"raca\":\"Lab\",\"data_nascimento\":2018}", false);
        assertEquals(2018, parsed.details().birthYear());
        assertNull(parsed.petId());
        assertEquals(List.of("data_nascimento"), fields("{\"data_nascimento\":\"18\"}", false));
        assertEquals(List.of("data_nascimento"), fields("{\"data_nascimento\":2018.5}", false));
        assertEquals(List.of("data_nascimento"), fields("{\"data_nascimento\":true}", false));
    }

    @Test
    void unknownFieldsWrongTypesAndBadIdsAreNamed() {
        assertEquals(List.of("cor", "peso"), fields("{\"cor\":\"preto\",\"peso\":3}", false));
        assertEquals(List.of("nome_pet"), fields("{\"nome_pet\":5}", false));
        assertEquals(List.of("petId"), fields("{\"petId\":\"XYZ\"}", false));
        assertEquals(List.of("petId"), fields("{\"nome_pet\":\"Duke\"}", true));
        assertEquals(List.of("body"), fields("[1,2]", false));
        assertEquals(List.of("body"), fields("{\"nome_pet\":", false));
        assertEquals(List.of("body"), fields("", false));
    }

    private static List<String> fields(String json, boolean petIdRequired) {
        return assertThrows(InvalidInputException.class, () -> PetJson.parse(json, petIdRequired)).problems().stream()
                .map(InvalidInputException.FieldProblem::field).toList();
    }
}
