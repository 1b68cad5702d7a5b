package dev.cartera.reference;

/** What loading reference data did: rows inserted, and rows that existed but were brought up to date. */
public record ReferenceDataChanges(int added, int updated) {

    public static final ReferenceDataChanges NONE = new ReferenceDataChanges(0, 0);

    public ReferenceDataChanges plus(ReferenceDataChanges other) {
        return new ReferenceDataChanges(added + other.added, updated + other.updated);
    }

    public boolean none() {
        return added == 0 && updated == 0;
    }
}
