package org.latticebench.dicom;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

/**
 * The heap a piece of work keeps alive: the largest heap occupancy right after any garbage
 * collection while it runs (from the JVM's GC notifications), or the occupancy when it ends if no
 * collection ran. Unlike pool peaks, this does not count short-lived garbage, so it answers "would
 * this fit in a small -Xmx"; it is an upper bound, since old garbage may survive a young collection.
 */
final class LiveHeapWatch implements NotificationListener, AutoCloseable {

	private static final String GC_NOTIFICATION = "com.sun.management.gc.notification";

	private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
	private final AtomicLong maxAfterGcBytes = new AtomicLong();
	private final AtomicLong collections = new AtomicLong();
	private long baselineBytes;

	LiveHeapWatch() {
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (gc instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(this, null, null);
			}
		}
	}

	/** Collects, then records the level the next measurement is relative to. */
	void start() {
		System.gc();
		baselineBytes = usedHeapBytes();
		maxAfterGcBytes.set(0);
		collections.set(0);
	}

	/** Live heap above the baseline since {@link #start()}, MB. */
	long liveMb() {
		long peak = collections.get() > 0 ? maxAfterGcBytes.get() : usedHeapBytes();
		return Math.max(0, peak - baselineBytes) >> 20;
	}

	private static long usedHeapBytes() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	@Override
	public void handleNotification(Notification n, Object handback) {
		if (!GC_NOTIFICATION.equals(n.getType()) || !(n.getUserData() instanceof CompositeData info)) {
			return;
		}
		CompositeData gcInfo = (CompositeData) info.get("gcInfo");
		TabularData after = (TabularData) gcInfo.get("memoryUsageAfterGc");
		long used = 0;
		for (Object row : after.values()) {
			CompositeData r = (CompositeData) row;
			if (heapPools.contains((String) r.get("key"))) {
				used += MemoryUsage.from((CompositeData) r.get("value")).getUsed();
			}
		}
		long finalUsed = used;
		maxAfterGcBytes.accumulateAndGet(finalUsed, Math::max);
		collections.incrementAndGet();
	}

	@Override
	public void close() {
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (gc instanceof NotificationEmitter emitter) {
				try {
					emitter.removeNotificationListener(this);
				} catch (ListenerNotFoundException e) {
					// not registered on this collector
				}
			}
		}
	}
}
