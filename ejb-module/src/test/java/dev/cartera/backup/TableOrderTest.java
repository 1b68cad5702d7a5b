package dev.cartera.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cartera.backup.TableShape.ForeignKeyShape;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableOrderTest {

    @Test
    void parentsComeBeforeTheirChildren() {
        List<TableShape> tables = List.of(table("pet_picture", "pet"), table("city", "province"), table("pet"),
                table("customer", "city", "document_type"), table("province", "country"), table("country"),
                table("document_type", "country"), table("outbound_message", "customer"));
        assertEquals(List.of("country", "document_type", "pet", "pet_picture", "province", "city", "customer",
                "outbound_message"), TableOrder.parentsFirst(tables).stream().map(TableShape::name).toList());
    }

    @Test
    void aSelfReferenceIsNoObstacleAndACycleGoesLast() {
        List<TableShape> tables = List.of(table("b", "a"), table("a", "c"), table("c", "a"), table("tree", "tree"));
        assertEquals(List.of("tree", "a", "b", "c"),
                TableOrder.parentsFirst(tables).stream().map(TableShape::name).toList());
    }

    @Test
    void namesMatchWithoutRegardToCase() {
        assertEquals(List.of("PET", "pet_picture"), TableOrder.parentsFirst(List.of(table("pet_picture", "pet"), table("PET")))
                .stream().map(TableShape::name).toList());
    }

    private static TableShape table(String name, String... parents) {
        return new TableShape(name, List.of(), null, List.of(), java.util.Arrays.stream(parents)
                .map(parent -> new ForeignKeyShape("fk_" + name + "_" + parent, List.of(parent + "_id"), parent, List.of("id")))
                .toList(), List.of());
    }
}
