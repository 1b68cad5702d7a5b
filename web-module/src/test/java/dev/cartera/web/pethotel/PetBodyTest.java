package dev.cartera.web.pethotel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

/** The documented pet body names exactly the fields {@link PetJson} accepts. */
class PetBodyTest {

    @Test
    void namesTheFieldsThePetJsonReaderAccepts() {
        assertEquals(PetJson.FIELDS, Arrays.stream(PetBody.class.getDeclaredFields())
                .map(field -> field.getAnnotation(Schema.class).name()).collect(Collectors.toSet()));
    }
}
