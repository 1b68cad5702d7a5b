package dev.cartera.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The column matcher as configured: {@code cartera.imports.mapping.threshold} and, unless
 * {@code cartera.imports.mapping.model=false}, the sentence-embedding model (loaded on its first use, not here).
 */
@ApplicationScoped
public class ColumnMatching {

    @Inject
    @ConfigProperty(name = "cartera.imports.mapping.threshold", defaultValue = "0.6")
    double threshold;

    @Inject
    @ConfigProperty(name = "cartera.imports.mapping.model", defaultValue = "true")
    boolean model;

    @Inject
    Instance<TextEmbedder> embedders;

    private volatile ColumnMapper mapper;

    public ColumnMapper mapper() {
        if (mapper == null) {
            TextEmbedder embedder = model && embedders.isResolvable() ? embedders.get() : null;
            mapper = new ColumnMapper(new SemanticHeaderMatcher(embedder), threshold);
        }
        return mapper;
    }

    public double threshold() {
        return threshold;
    }
}
