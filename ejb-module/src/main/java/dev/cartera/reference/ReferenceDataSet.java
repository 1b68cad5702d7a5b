package dev.cartera.reference;

/**
 * Reference data that another context keeps in its own tables (the customers' document types, say), loaded by
 * {@link ReferenceDataLoader} at every start: in the same transaction, after the countries, provinces and cities,
 * so it may refer to them. This way the reference context loads it without depending on the context that owns it.
 * <p>
 * Implement it as a CDI bean (it joins the loader's transaction) and upsert by natural key, with
 * {@link NaturalKeyUpsert}, so that a second start changes nothing. Read the file with {@link ReferenceCsv}.
 */
public interface ReferenceDataSet {

    ReferenceDataChanges upsert();
}
