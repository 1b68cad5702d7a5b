package dev.cartera.web.console;

import dev.cartera.shared.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;

/**
 * Amounts and rates as people type them ({@code converter="cartera.decimal"}): "150000.50" as the API writes them,
 * or "150000,50" with the decimal comma of Ecuador and Colombia, spaces ignored. Thousands separators are refused
 * rather than guessed ("1.500" is 1500 to one person and 1.5 to another). The value goes to the service as typed,
 * with all its decimals, so the service's rules (at most 2 decimals...) are the ones that speak.
 */
@FacesConverter("cartera.decimal")
public class DecimalConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        String text = value == null ? "" : value.replaceAll("[\\s\\u00a0]", "");
        if (text.isEmpty()) {
            return null;
        }
        if (text.indexOf(',') == text.lastIndexOf(',') && text.indexOf('.') < 0) {
            text = text.replace(',', '.');
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            String message = Messages.text(context.getViewRoot().getLocale(), "decimal.invalid");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
