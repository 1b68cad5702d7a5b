package dev.cartera.shared.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one set of texts people read, in Spanish and English: the console's pages, problem details, import problems,
 * workbook headers. A text without arguments is used as written; one with arguments is a {@link MessageFormat}
 * pattern (so it doubles its single quotes).
 */
public final class Messages {

    public static final String BUNDLE = "dev.cartera.shared.i18n.messages";

    private Messages() {
    }

    /** @return the text, or the key itself when no bundle has it (visible, and never a crash) */
    public static String text(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] said = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            said[i] = said(locale, arguments[i]);
        }
        return new MessageFormat(pattern, locale).format(said);
    }

    /** A message is said in the same language, and a list of them joined with commas. */
    private static Object said(Locale locale, Object argument) {
        if (argument instanceof Message message) {
            return say(locale, message);
        }
        if (argument instanceof List<?> list) {
            return String.join(", ", list.stream().map(item -> String.valueOf(said(locale, item))).toList());
        }
        return argument;
    }

    public static boolean has(Locale locale, String key) {
        return bundle(locale).containsKey(key);
    }

    public static String say(Locale locale, Message message) {
        List<Object> arguments = message.arguments();
        return text(locale, message.key(), arguments.toArray());
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, Languages.supported(locale), Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
