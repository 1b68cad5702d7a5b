package dev.cartera.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.util.Locale;
import java.util.stream.Collectors;

/** Figures mean little without the machine and JVM that produced them, and how busy the machine was. */
final class MachineReport {

    private MachineReport() {
    }

    static void print() {
        RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        System.out.println("JVM: " + runtime.getVmName() + " " + runtime.getVmVersion()
                + ", arguments " + runtime.getInputArguments());
        System.out.println("GC: " + ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "))
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        System.out.println("CPUs: " + Runtime.getRuntime().availableProcessors());
        printLoad("before");
    }

    static void printLoad(String when) {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.println(String.format(Locale.ROOT, "Load average (1 min) %s: %.2f", when, load));
    }
}
