package dev.cartera.imports.embedding;

import dev.cartera.imports.TextEmbedder;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.logging.Logger;

/**
 * The all-MiniLM-L6-v2 sentence-embedding model (quantized, 384 dimensions), run in-process by the ONNX Runtime
 * through LangChain4j. The model and its tokenizer ship inside the jar; nothing is downloaded. It is loaded on the
 * first call, never at deployment (about 90 MB of memory, a second or two), and kept for the server's life.
 */
@ApplicationScoped
public class MiniLmEmbedder implements TextEmbedder {

    private static final Logger LOG = Logger.getLogger(MiniLmEmbedder.class.getName());

    @Override
    public List<float[]> embed(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return Model.INSTANCE.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    /** Whether the model has been loaded by this JVM (for the benchmark and the logs). */
    public static boolean loaded() {
        return Model.loaded;
    }

    /** Loaded by the JVM on first use of {@link #INSTANCE}: the holder idiom makes that lazy and thread-safe. */
    private static final class Model {

        private static volatile boolean loaded;
        private static final EmbeddingModel INSTANCE = load();

        private static EmbeddingModel load() {
            // The tokenizer's native library is in its jar; DJL must never try the network for it (or telemetry).
            System.setProperty("ai.djl.offline", System.getProperty("ai.djl.offline", "true"));
            long start = System.nanoTime();
            // Runnable::run: embed on the caller's (managed) thread rather than a pool the container does not know.
            EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
            loaded = true;
            LOG.info(() -> "Loaded the import column matcher's model (all-MiniLM-L6-v2, quantized) in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
            return model;
        }
    }
}
