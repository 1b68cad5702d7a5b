package dev.cartera.purchases;

/** Where a purchase was made. */
public enum PurchaseChannel {
    STORE, ONLINE, PHONE
}
