package dev.cartera.web.it;

import java.lang.reflect.Field;
import java.net.URL;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts the server of a class's configuration unless it already runs. All servers use the run's one data
 * directory, whose H2 file only one process may open, so the server of another configuration is stopped first;
 * {@link ServersInTurn} orders the classes so that each configuration boots once. The last server stops when the
 * run ends (the root store closes it).
 */
public class SharedServerExtension implements BeforeAllCallback, TestInstancePostProcessor {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedServer.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        running(context);
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws Exception {
        URL base = running(context);
        for (Field field : AnnotationSupport.findAnnotatedFields(testInstance.getClass(), SharedServer.Url.class)) {
            field.setAccessible(true);
            field.set(testInstance, base);
        }
    }

    private static URL running(ExtensionContext context) throws Exception {
        Class<? extends ServerConfiguration> configuration = AnnotationSupport
                .findAnnotation(context.getRequiredTestClass(), SharedServer.class).orElseThrow().value();
        PayaraMicroTurn turn = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(PayaraMicroTurn.class, key -> new PayaraMicroTurn(), PayaraMicroTurn.class);
        return turn.serverOf(configuration);
    }
}
