package dev.cartera.purchases.imports;

import dev.cartera.customers.imports.DocumentColumns;
import dev.cartera.imports.ImportColumn;
import dev.cartera.imports.ValueShape;
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
                    "invoice_no", "nota fiscal", "nota_fiscal", "número da nota fiscal", "numero_nf", "comprobante")
                    .describedAs("número de factura", "número de comprobante de venta", "número da nota fiscal",
                            "invoice number", "receipt number", "bill number")
                    .holding(ValueShape.CODE),
            ImportColumn.required(PURCHASED_AT, VALUE_MAX, "fecha", "fecha_compra", "fecha de compra", "fecha_hora",
                    "data", "data_compra", "data da compra", "purchased_at", "purchase_date", "date")
                    .describedAs("fecha de la compra", "fecha y hora de la venta", "fecha de emisión", "data da venda",
                            "purchase date", "transaction date", "date and time of sale")
                    .holding(ValueShape.DATE),
            ImportColumn.required(AMOUNT, VALUE_MAX, "monto", "valor", "total", "importe", "valor_total",
                    "valor da compra", "amount")
                    .describedAs("monto total de la compra", "importe total", "valor total da compra",
                            "total amount", "purchase amount", "total paid")
                    .holding(ValueShape.AMOUNT),
            ImportColumn.required(CHANNEL, 20, "canal", "canal_venta", "canal de venta", "canal de venda", "channel")
                    .describedAs("canal de venta", "medio de venta", "canal de venda", "sales channel", "order channel")
                    .holding(ValueShape.WORDS),
            ImportColumn.optional(STORE, Purchase.STORE_MAX, "tienda", "sucursal", "local", "punto de venta", "loja",
                    "store", "shop")
                    .describedAs("tienda o sucursal", "punto de venta", "loja física", "store name", "branch", "outlet")
                    .holding(ValueShape.WORDS),
            ImportColumn.optional(STATUS, 20, "estado", "situación", "situação", "status")
                    .describedAs("estado de la compra", "situação da compra", "purchase status", "order status")
                    .holding(ValueShape.WORDS))).toList();

    private PurchaseColumns() {
    }
}
