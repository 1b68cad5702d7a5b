package dev.cartera.pethotel;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageInputStreamSpi;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ImageWriterSpi;

/**
 * Registers the application's ImageIO plug-ins (TwelveMonkeys' JPEG and WebP readers) with the JVM's one ImageIO
 * registry, which the server filled from its own class path before the application was deployed and so never saw
 * them; and takes them out again when the application stops, so the registry keeps no class of an undeployed
 * application (what TwelveMonkeys' {@code IIOProviderContextListener} does for a web application, here also for the
 * EJB module of the EAR).
 */
@Startup
@Singleton
public class ImagePlugins {

    private static final Logger LOG = Logger.getLogger(ImagePlugins.class.getName());
    private static final List<Class<?>> CATEGORIES = List.of(ImageReaderSpi.class, ImageWriterSpi.class,
            ImageInputStreamSpi.class);

    @PostConstruct
    void register() {
        // scans the thread's context class loader: the application's here
        ImageIO.scanForPlugins();
        LOG.fine(() -> "ImageIO readers: " + String.join(", ", ImageIO.getReaderFormatNames()));
    }

    @PreDestroy
    void deregister() {
        ClassLoader application = ImagePlugins.class.getClassLoader();
        IIORegistry registry = IIORegistry.getDefaultInstance();
        for (Class<?> category : CATEGORIES) {
            List<Object> ours = new ArrayList<>();
            Iterator<?> providers = registry.getServiceProviders(category, false);
            providers.forEachRemaining(provider -> {
                if (loadedBy(provider.getClass().getClassLoader(), application)) {
                    ours.add(provider);
                }
            });
            ours.forEach(registry::deregisterServiceProvider);
        }
    }

    /** Whether {@code loader} is the application's class loader or one below it. */
    private static boolean loadedBy(ClassLoader loader, ClassLoader application) {
        for (ClassLoader current = loader; current != null; current = current.getParent()) {
            if (current == application) {
                return true;
            }
        }
        return false;
    }
}
