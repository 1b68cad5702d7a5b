package dev.cartera.pethotel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/** The pet shop's register ({@code pethotel/pets.csv}, as handed over): petId, nome_pet, dono, raca, data_nascimento. */
public final class PetRegister {

    public static final String RESOURCE = "pethotel/pets.csv";

    /** One line of the register. */
    public record Row(String petId, PetDetails details) {
    }

    private PetRegister() {
    }

    public static List<Row> read(Reader reader) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                .parse(reader).stream()
                .map(record -> new Row(record.get(PetRules.PET_ID), new PetDetails(record.get(PetRules.NAME),
                        record.get(PetRules.OWNER), record.get(PetRules.BREED),
                        Integer.valueOf(record.get(PetRules.BIRTH_YEAR)))))
                .toList();
    }

    /** The register shipped in the application. */
    public static List<Row> shipped() {
        try (InputStream in = PetRegister.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
