package dev.cartera.purchases.imports;

import dev.cartera.customers.imports.DocumentColumns;
import dev.cartera.imports.ImportColumn;
import dev.cartera.purchases.Purchase;
import java.util.List;
import java.util.stream.Stream;

/**
 * The columns of the purchases CSV, with their Spanish, English and Portuguese names (see docs/csv-formats.md): the
 * customer's document as in the customers file ({@link DocumentColumns}), then the purchase's own.
 */
final class PurchaseColumns {

    static final String INVOICE_NUMBER = "invoiceNumber";
    static final String PURCHASED_AT = "purchasedAt";
    static final String AMOUNT = "amount";
    static final String CHANNEL = "channel";
    static final String STORE = "store";
    static final String STATUS = "status";

    /** Long enough for any spelling of a date and time or an amount; the rules say what is wrong with it. */
    private static final int VALUE_MAX = 40;

    static final List<ImportColumn> ALL = Stream.concat(DocumentColumns.ALL.stream(), Stream.of(
            ImportColumn.required(INVOICE_NUMBER, Purchase.INVOICE_NUMBER_MAX, "factura", "numero_factura",
                    "número de factura", "nro_factura", "no_factura", "num_factura", "invoice", "invoice_number",
                    "invoice_no", "nota fiscal", "nota_fiscal", "número da nota fiscal", "numero_nf", "comprobante"),
            ImportColumn.required(PURCHASED_AT, VALUE_MAX, "fecha", "fecha_compra", "fecha de compra", "fecha_hora",
                    "data", "data_compra", "data da compra", "purchased_at", "purchase_date", "date"),
            ImportColumn.required(AMOUNT, VALUE_MAX, "monto", "valor", "total", "importe", "valor_total",
                    "valor da compra", "amount"),
            ImportColumn.required(CHANNEL, 20, "canal", "canal_venta", "canal de venta", "canal de venda", "channel"),
            ImportColumn.optional(STORE, Purchase.STORE_MAX, "tienda", "sucursal", "local", "punto de venta", "loja",
                    "store", "shop"),
            ImportColumn.optional(STATUS, 20, "estado", "situación", "situação", "status"))).toList();

    private PurchaseColumns() {
    }
}
