package dev.cartera.benchmarks;

import dev.cartera.customers.imports.CustomerDataset;
import dev.cartera.imports.ColumnMapper;
import dev.cartera.imports.ColumnPlan;
import dev.cartera.imports.ImportColumn;
import dev.cartera.imports.SemanticHeaderMatcher;
import dev.cartera.imports.embedding.MiniLmEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The import column matcher in-process: the time to load the sentence-embedding model (first call), the time to
 * read a 30-column header of unseen names with 20 sample rows (the first file, which also embeds the fields'
 * descriptions once, then the next ones), and this JVM's resident memory before and after the model.
 * usage: java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/lib/*' dev.cartera.benchmarks.ColumnMatchingBenchmark
 */
public final class ColumnMatchingBenchmark {

    static final List<String> HEADERS = List.of("Nro. Cédula", "Primer nombre", "Apellidos completos",
            "Razón social de la empresa", "Nombre comercial del negocio", "Correo Electronico Principal",
            "Teléfono celular", "Dirección domiciliaria", "Ciudad de residencia", "Provincia de residencia",
            "País de residencia", "Observaciones", "Fecha de registro", "Vendedor asignado", "Notas internas",
            "Saldo pendiente", "Código interno", "Email Address", "Telefone Celular", "Endereço completo",
            "Municipio de residencia", "UF", "Given names", "Family name", "Company", "Marca comercial",
            "Tipo doc. identidad", "Documento de identidad", "Número de pasaporte", "WhatsApp");

    private ColumnMatchingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        MachineReport.print();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        List<ImportColumn> columns = new CustomerDataset().columns();
        List<List<String>> samples = new ArrayList<>();
        for (int i = 0; i < HEADERS.size(); i++) {
            List<String> values = new ArrayList<>();
            for (int row = 0; row < 20; row++) {
                values.add("valor " + i + "-" + row);
            }
            samples.add(values);
        }
        System.out.println("RSS before the model: " + rssMiB() + " MiB");
        long start = System.nanoTime();
        new MiniLmEmbedder().embed(List.of("warm up"));
        System.out.printf(Locale.ROOT, "model load (first call): %d ms%n", (System.nanoTime() - start) / 1_000_000);
        System.out.println("RSS after the model: " + rssMiB() + " MiB");

        ColumnMapper mapper = new ColumnMapper(new SemanticHeaderMatcher(new MiniLmEmbedder()), 0.6);
        start = System.nanoTime();
        ColumnPlan first = mapper.plan(HEADERS, samples, columns, Map.of());
        System.out.printf(Locale.ROOT, "first 30-column header (embeds the fields' texts once): %d ms, %d suggested%n",
                (System.nanoTime() - start) / 1_000_000, first.columns().stream()
                        .filter(c -> c.source() == dev.cartera.imports.ColumnSource.SUGGESTED).count());
        long[] times = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            String suffix = " " + (char) ('a' + i % 26) + (i / 26);
            long t = System.nanoTime();
            // a new header each time, as each file brings its own (the fields' texts stay embedded)
            mapper.plan(HEADERS.stream().map(h -> h + suffix).toList(), samples, columns, Map.of());
            times[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(times);
        System.out.printf(Locale.ROOT, "next 30-column headers, %d rounds: median %.1f ms, p90 %.1f ms%n", rounds,
                times[rounds / 2] / 1e6, times[rounds * 9 / 10] / 1e6);
        System.out.println("RSS at the end: " + rssMiB() + " MiB");
        MachineReport.printLoad("after");
    }

    private static long rssMiB() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
    }
}
