package dev.cartera.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * How much heap a stretch of work needed. Two figures, because "heap used" alone mostly counts garbage
 * not yet collected: the largest heap left after any collection (what was really alive, the figure that
 * must not grow with the object size), and the sum of the heap pools' peaks (an upper bound of the
 * occupancy, garbage included, which the collector lets grow towards -Xmx).
 */
final class HeapWatch implements AutoCloseable {

    private static final long NOTIFICATION_WAIT_NANOS = 2_000_000_000L;

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    private final Set<String> heapPoolNames = heapPools.stream()
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private final AtomicLong largestAfterCollection = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    /** Never reset: lets {@link #collectFully} wait until the listener has seen its collection. */
    private final AtomicLong notified = new AtomicLong();
    private final long collectedBeforeWatching;
    private final NotificationListener listener = this::onCollection;

    HeapWatch() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener(listener, null, null);
        }
        collectedBeforeWatching = countedByJvm();
    }

    /** Collects what the previous stretch left, then starts counting afresh. */
    void restart() {
        collectFully();
        largestAfterCollection.set(0);
        collections.set(0);
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Ends a stretch with a full collection, so that what it still holds counts too. */
    Figures figures() {
        long poolPeaks = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        collectFully();
        return new Figures(largestAfterCollection.get(), poolPeaks, collections.get());
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) collector).removeNotificationListener(listener);
            } catch (ListenerNotFoundException alreadyGone) {
                // nothing to undo
            }
        }
    }

    /** Notifications arrive on another thread; without the wait one could land in the wrong stretch. */
    private void collectFully() {
        System.gc();
        long expected = countedByJvm() - collectedBeforeWatching;
        long deadline = System.nanoTime() + NOTIFICATION_WAIT_NANOS;
        try {
            while (notified.get() < expected && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long countedByJvm() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount)
                .sum();
    }

    /** Runs on the JVM's notification thread, shortly after each collection. */
    private void onCollection(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long heapAfter = heapUsed(info.getGcInfo().getMemoryUsageAfterGc());
        largestAfterCollection.accumulateAndGet(heapAfter, Math::max);
        collections.incrementAndGet();
        notified.incrementAndGet();
    }

    private long heapUsed(Map<String, MemoryUsage> usageByPool) {
        return usageByPool.entrySet().stream()
                .filter(entry -> heapPoolNames.contains(entry.getKey()))
                .mapToLong(entry -> entry.getValue().getUsed())
                .sum();
    }

    /**
     * @param largestLiveBytes the most heap any collection left in use
     * @param poolPeaksBytes   the heap pools' peaks added up, garbage included
     * @param collections      how many collections ran, the closing full one included
     */
    record Figures(long largestLiveBytes, long poolPeaksBytes, long collections) {
    }
}
