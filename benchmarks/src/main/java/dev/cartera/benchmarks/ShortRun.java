package dev.cartera.benchmarks;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The run length every JMH benchmark here shares (JMH reads these annotations from the superclass): one fork,
 * 2 × 2 s of warm-up, 3 × 3 s measured, about 15 s per benchmark method. Short on purpose, because the build
 * machines are shared; a longer run is a command-line option away ({@code -f 3 -wi 5 -i 10}).
 */
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public abstract class ShortRun {
}
