package dev.cartera.web.purchases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The icon beside a purchase status's word and a channel's ({@code #{purchaseIcons}}): never colour alone. */
@Named
@ApplicationScoped
public class PurchaseIcons {

    public String status(String status) {
        return switch (status == null ? "" : status) {
            case "COMPLETED" -> "pi pi-check-circle";
            case "REFUNDED" -> "pi pi-replay";
            case "CANCELLED" -> "pi pi-times-circle";
            default -> "pi pi-circle";
        };
    }

    public String channel(String channel) {
        return switch (channel == null ? "" : channel) {
            case "STORE" -> "pi pi-building";
            case "ONLINE" -> "pi pi-globe";
            case "PHONE" -> "pi pi-phone";
            default -> "pi pi-circle";
        };
    }
}
