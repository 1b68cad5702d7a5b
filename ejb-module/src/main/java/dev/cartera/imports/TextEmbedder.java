package dev.cartera.imports;

import java.util.List;

/** Turns short texts into unit-length vectors whose dot product says how close their meanings are. */
public interface TextEmbedder {

    /** One vector per text, in order. */
    List<float[]> embed(List<String> texts);
}
