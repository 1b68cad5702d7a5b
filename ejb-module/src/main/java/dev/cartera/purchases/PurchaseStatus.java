package dev.cartera.purchases;

/** Only a {@link #COMPLETED} purchase counts towards the loyalty programme. */
public enum PurchaseStatus {
    COMPLETED, REFUNDED, CANCELLED;

    public boolean counts() {
        return this == COMPLETED;
    }
}
