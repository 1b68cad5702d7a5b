package dev.cartera.customers.export;

/** A column of one table of an export: the customers, or a section another context adds to one customer's export. */
public interface TableColumn {

    /** The stable English name, used where a program reads the file (the CSV header). */
    String key();

    /** The name a person reads (spreadsheet and listing headers). */
    String label();

    ExportValueType type();

    /** Display width in characters: the spreadsheet column width and the fixed width of the text listing. */
    int width();
}
