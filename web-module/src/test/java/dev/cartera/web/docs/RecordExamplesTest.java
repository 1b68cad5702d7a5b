package dev.cartera.web.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every record's example is JSON that uses only the record's own property names, so a rename cannot leave it behind. */
class RecordExamplesTest {

    @Test
    void everyExampleIsAnObjectOfTheRecordsProperties() {
        Map<String, Class<?>> records = RecordSchemas.reachable(Endpoints.all().values());
        long examples = records.values().stream().filter(record -> JsonExamples.of(record).isPresent()).count();
        assertTrue(examples >= 20, "requests and answers of the main records have examples: " + examples);
        records.values().forEach(record -> JsonExamples.of(record).ifPresent(example -> {
            Set<String> properties = Arrays.stream(record.getRecordComponents()).map(RecordSchemas::propertyName)
                    .collect(Collectors.toSet());
            Map<?, ?> object = (Map<?, ?>) JsonExamples.parse(example);
            assertFalse(object.isEmpty(), record.getSimpleName());
            object.keySet().forEach(key -> assertTrue(properties.contains(key),
                    record.getSimpleName() + ".EXAMPLE names " + key + ", which it does not have"));
        }));
    }
}
