package dev.cartera.shared.filtering;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;

/**
 * One row of a table of search words ({@code customer_name_word}): a word of a record and the record's id. The
 * record's entity writes the rows through an element collection; a {@code contains} filter reads them through a
 * subclass of this, so its subquery reads only the words' index ({@code SELECT owner_id FROM ... WHERE word LIKE}),
 * not the records themselves.
 */
@MappedSuperclass
@IdClass(SearchWordRow.Key.class)
public abstract class SearchWordRow {

    /** The record's id; a subclass names its column ({@code @AttributeOverride(name = "ownerId", ...)}). */
    @Id
    @Column(name = "owner_id")
    private Long ownerId;

    @Id
    private String word;

    protected SearchWordRow() {
        // read through queries only
    }

    /** The composite key, as JPA needs one. */
    public record Key(Long ownerId, String word) implements Serializable {
    }
}
