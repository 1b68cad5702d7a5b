package dev.cartera.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/er-diagram.md} honest. The JPA mapping is read by reflection over every {@code @Entity} the
 * module compiles (whatever contexts exist: a new one is picked up without touching this test), and the foreign
 * keys from the Flyway migrations (a plain id column such as {@code loan.customer_id} is a relation the mapping
 * does not show). The test fails when the diagram's Mermaid block lacks an entity's table, one of its mapped
 * columns, an association between two entities, or a foreign key of the schema.
 */
class ErDiagramTest {

    private static final Pattern TABLE_START = Pattern.compile("^\\s*(\\w+)\\s*\\{\\s*$");
    private static final Pattern RELATION = Pattern.compile("^\\s*(\\w+)\\s+[|o}{]{2}(?:--|\\.\\.)[|o}{]{2}\\s+(\\w+)\\s*:.*$");
    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE\\s+TABLE\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALTER_TABLE = Pattern.compile("ALTER\\s+TABLE\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCES = Pattern.compile("FOREIGN\\s+KEY\\s*\\([^)]*\\)\\s*REFERENCES\\s+(\\w+)",
            Pattern.CASE_INSENSITIVE);

    private static Map<String, Set<String>> diagramTables;
    private static Set<Set<String>> diagramRelations;
    private static List<Class<?>> entities;

    @BeforeAll
    static void read() throws IOException, URISyntaxException {
        parseDiagram(Files.readString(repository().resolve("docs/er-diagram.md")));
        entities = entityClasses();
    }

    @Test
    void everyEntityIsATableOfTheDiagramWithItsColumns() {
        assertFalse(entities.isEmpty(), "no @Entity found under " + classesRoot());
        List<String> missing = new ArrayList<>();
        for (Class<?> entity : entities) {
            String table = table(entity);
            Set<String> columns = diagramTables.get(table);
            if (columns == null) {
                missing.add("table " + table + " (" + entity.getSimpleName() + ")");
                continue;
            }
            for (String column : columns(entity)) {
                if (!columns.contains(column)) {
                    missing.add("column " + table + "." + column + " (" + entity.getSimpleName() + ")");
                }
            }
        }
        assertEquals(List.of(), missing, "missing from docs/er-diagram.md");
    }

    @Test
    void everyElementCollectionIsATableOfTheDiagramRelatedToItsEntity() {
        List<String> missing = new ArrayList<>();
        for (Class<?> entity : entities) {
            for (Field field : fields(entity)) {
                CollectionTable collection = field.getAnnotation(CollectionTable.class);
                if (!field.isAnnotationPresent(ElementCollection.class) || collection == null) {
                    continue;
                }
                String table = collection.name().toLowerCase(Locale.ROOT);
                Set<String> columns = diagramTables.getOrDefault(table, Set.of());
                for (JoinColumn join : collection.joinColumns()) {
                    if (!columns.contains(join.name().toLowerCase(Locale.ROOT))) {
                        missing.add("column " + table + "." + join.name() + " (" + entity.getSimpleName() + "." + field.getName() + ")");
                    }
                }
                Column value = field.getAnnotation(Column.class);
                if (value != null && !columns.contains(value.name().toLowerCase(Locale.ROOT))) {
                    missing.add("column " + table + "." + value.name() + " (" + entity.getSimpleName() + "." + field.getName() + ")");
                }
                if (!diagramRelations.contains(Set.of(table(entity), table))) {
                    missing.add(table(entity) + " – " + table + " (" + entity.getSimpleName() + "." + field.getName() + ")");
                }
            }
        }
        assertEquals(List.of(), missing, "element collections missing from docs/er-diagram.md");
    }

    @Test
    void everyAssociationBetweenEntitiesIsARelationOfTheDiagram() {
        List<String> missing = new ArrayList<>();
        for (Class<?> entity : entities) {
            for (Field field : fields(entity)) {
                Class<?> target = associationTarget(field);
                if (target != null && !diagramRelations.contains(Set.of(table(entity), table(target)))) {
                    missing.add(table(entity) + " – " + table(target) + " (" + entity.getSimpleName() + "." + field.getName() + ")");
                }
            }
        }
        assertEquals(List.of(), missing, "relations missing from docs/er-diagram.md");
    }

    @Test
    void everyForeignKeyOfTheMigrationsIsARelationOfTheDiagram() throws IOException {
        List<String> missing = new ArrayList<>();
        Set<String> found = new TreeSet<>();
        try (Stream<Path> scripts = Files.list(repository().resolve("ejb-module/src/main/resources/db/migration"))) {
            for (Path script : scripts.filter(path -> path.toString().endsWith(".sql")).sorted().toList()) {
                for (String[] key : foreignKeys(Files.readString(script))) {
                    found.add(key[0] + " -> " + key[1]);
                    if (!key[0].equals(key[1]) && !diagramRelations.contains(Set.of(key[0], key[1]))) {
                        missing.add(key[0] + " -> " + key[1] + " (" + script.getFileName() + ")");
                    }
                }
            }
        }
        assertFalse(found.isEmpty(), "no foreign key found in the migrations: is the parser broken?");
        assertEquals(List.of(), missing, "foreign keys missing from docs/er-diagram.md");
    }

    @Test
    void theDiagramParserSeesWhatIsThere() {
        // guards the parsing above: a known table, column and relation
        assertEquals(true, diagramTables.get("customer").contains("document_number"));
        assertEquals(true, diagramRelations.contains(Set.of("country", "province")));
    }

    /** [table, referenced table] for each FOREIGN KEY, in CREATE TABLE or ALTER TABLE statements. */
    static List<String[]> foreignKeys(String sql) {
        List<String[]> keys = new ArrayList<>();
        for (String statement : sql.replaceAll("--[^\\n]*", "").split(";")) {
            Matcher owner = CREATE_TABLE.matcher(statement);
            if (!owner.find()) {
                owner = ALTER_TABLE.matcher(statement);
                if (!owner.find()) {
                    continue;
                }
            }
            Matcher reference = REFERENCES.matcher(statement);
            while (reference.find()) {
                keys.add(new String[] {owner.group(1).toLowerCase(Locale.ROOT), reference.group(1).toLowerCase(Locale.ROOT)});
            }
        }
        return keys;
    }

    private static void parseDiagram(String markdown) {
        int start = markdown.indexOf("```mermaid");
        int end = markdown.indexOf("```", start + 3);
        if (start < 0 || end < 0) {
            throw new AssertionError("docs/er-diagram.md has no ```mermaid block");
        }
        diagramTables = new LinkedHashMap<>();
        diagramRelations = new LinkedHashSet<>();
        Set<String> current = null;
        for (String line : markdown.substring(start, end).split("\n")) {
            Matcher table = TABLE_START.matcher(line);
            Matcher relation = RELATION.matcher(line);
            if (table.matches()) {
                current = diagramTables.computeIfAbsent(table.group(1).toLowerCase(Locale.ROOT), name -> new LinkedHashSet<>());
            } else if (line.trim().equals("}")) {
                current = null;
            } else if (current != null && !line.isBlank()) {
                String[] words = line.trim().split("\\s+");
                if (words.length >= 2) {
                    current.add(words[1].toLowerCase(Locale.ROOT));
                }
            } else if (relation.matches()) {
                diagramRelations.add(Set.of(relation.group(1).toLowerCase(Locale.ROOT), relation.group(2).toLowerCase(Locale.ROOT)));
            }
        }
    }

    private static String table(Class<?> entity) {
        Table table = entity.getAnnotation(Table.class);
        return (table != null && !table.name().isEmpty() ? table.name() : entity.getSimpleName()).toLowerCase(Locale.ROOT);
    }

    /** The columns the mapping names: @Column and @JoinColumn names, else the field name. */
    private static Set<String> columns(Class<?> entity) {
        Set<String> columns = new LinkedHashSet<>();
        Map<String, String> overridden = new LinkedHashMap<>();
        for (AttributeOverride override : entity.getAnnotationsByType(AttributeOverride.class)) {
            // an entity renaming a column of its mapped superclass
            overridden.put(override.name(), override.column().name().toLowerCase(Locale.ROOT));
        }
        for (Field field : fields(entity)) {
            if (overridden.containsKey(field.getName())) {
                columns.add(overridden.get(field.getName()));
                continue;
            }
            if (field.isAnnotationPresent(OneToMany.class) || field.isAnnotationPresent(ManyToMany.class)
                    || field.isAnnotationPresent(ElementCollection.class)) {
                continue;
            }
            JoinColumn join = field.getAnnotation(JoinColumn.class);
            Column column = field.getAnnotation(Column.class);
            AttributeOverride[] embedded = field.getAnnotationsByType(AttributeOverride.class);
            if (embedded.length > 0) {
                // an embedded value object: its columns are the ones its overrides name
                for (AttributeOverride override : embedded) {
                    columns.add(override.column().name().toLowerCase(Locale.ROOT));
                }
            } else if (join != null && !join.name().isEmpty()) {
                columns.add(join.name().toLowerCase(Locale.ROOT));
            } else if (column != null && !column.name().isEmpty()) {
                columns.add(column.name().toLowerCase(Locale.ROOT));
            } else if (associationTarget(field) == null) {
                columns.add(field.getName().toLowerCase(Locale.ROOT));
            } else {
                columns.add((field.getName() + "_id").toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    private static List<Field> fields(Class<?> entity) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> type = entity; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())
                        && !field.isAnnotationPresent(Transient.class) && !field.isSynthetic()) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static Class<?> associationTarget(Field field) {
        if (field.isAnnotationPresent(ManyToOne.class) || field.isAnnotationPresent(OneToOne.class)) {
            return field.getType();
        }
        if (field.isAnnotationPresent(OneToMany.class) || field.isAnnotationPresent(ManyToMany.class)) {
            var generic = (java.lang.reflect.ParameterizedType) field.getGenericType();
            return (Class<?>) generic.getActualTypeArguments()[0];
        }
        return null;
    }

    private static List<Class<?>> entityClasses() throws IOException {
        Path root = classesRoot();
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                if (name.contains("$")) {
                    continue;
                }
                try {
                    Class<?> type = Class.forName(name, false, ErDiagramTest.class.getClassLoader());
                    if (type.isAnnotationPresent(Entity.class)) {
                        found.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // a class whose dependencies are not on the test classpath is no entity of ours
                }
            }
        }
        return found;
    }

    /** target/classes of this module, where every entity is compiled. */
    private static Path classesRoot() {
        try {
            return Path.of(dev.cartera.shared.Page.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path repository() {
        Path dir = classesRoot();
        while (dir != null && !Files.exists(dir.resolve("docs/er-diagram.md"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new AssertionError("docs/er-diagram.md not found above " + classesRoot());
        }
        return dir;
    }
}
