package dev.cartera.customers.welcome;

import dev.cartera.customers.Customer;

/** The Spanish welcome message. */
public final class WelcomeTemplate {

    private WelcomeTemplate() {
    }

    public static String subject(Customer customer) {
        return "¡Bienvenido a Cartera, " + customer.displayName() + "!";
    }

    public static String body(Customer customer) {
        return "Estimado/a " + customer.displayName() + ":\n\n"
                + "Le damos la más cordial bienvenida. Su registro con " + customer.documentTypeCode() + " "
                + customer.documentNumber() + " quedó completo y ya puede acercarse a cualquiera de nuestros puntos "
                + "de atención o comunicarse con nuestro centro de servicio al cliente.\n\n"
                + "Atentamente,\nEl equipo de Cartera";
    }
}
