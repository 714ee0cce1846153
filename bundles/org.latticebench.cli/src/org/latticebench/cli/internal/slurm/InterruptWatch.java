package org.latticebench.cli.internal.slurm;

import java.time.Duration;

/**
 * Turns the first Ctrl-C (SIGINT) while waiting for a SLURM job into a flag the wait loop checks,
 * instead of ending the process, so the user can be asked whether to {@code scancel} the job.
 * The handler is one-shot: the JVM's own handler comes back at once, so a second Ctrl-C ends the
 * process as usual. Where the JVM offers no signal API, {@link #none()} never fires and Ctrl-C
 * ends the process while the job keeps running (it can be collected later).
 */
class InterruptWatch implements AutoCloseable {

	private final Object lock = new Object();
	private volatile boolean fired;

	/** A watch that only fires when {@link #fire()} is called; for tests and the no-signal fallback. */
	static InterruptWatch none() {
		return new InterruptWatch();
	}

	/** Catches SIGINT while open. */
	static InterruptWatch onSigint() {
		try {
			return new SigintWatch();
		} catch (LinkageError | RuntimeException e) {
			// no sun.misc.Signal in this runtime, or INT is reserved (e.g. -Xrs): Ctrl-C ends the process
			return none();
		}
	}

	void fire() {
		fired = true;
		synchronized (lock) {
			lock.notifyAll();
		}
	}

	boolean fired() {
		return fired;
	}

	/** Waits up to {@code period}, returning early when interrupted. */
	void sleep(Duration period) throws InterruptedException {
		synchronized (lock) {
			if (!fired) {
				lock.wait(Math.max(1, period.toMillis()));
			}
		}
	}

	@Override
	public void close() {
		// nothing installed
	}

	/**
	 * SIGINT through {@code sun.misc.Signal}, reached by reflection from the system class loader:
	 * the package is not part of the OSGi execution environment, so a bundle cannot import it.
	 */
	private static final class SigintWatch extends InterruptWatch {
		private final Class<?> signalClass;
		private final Class<?> handlerClass;
		private final Object signal;
		private final Object previous;
		private boolean restored;

		SigintWatch() {
			try {
				ClassLoader system = ClassLoader.getSystemClassLoader();
				signalClass = Class.forName("sun.misc.Signal", true, system);
				handlerClass = Class.forName("sun.misc.SignalHandler", true, system);
				signal = signalClass.getConstructor(String.class).newInstance("INT");
				Object handler = java.lang.reflect.Proxy.newProxyInstance(system, new Class<?>[] { handlerClass },
						(proxy, method, args) -> {
							if (method.getName().equals("handle")) {
								restore();
								fire();
								return null;
							}
							return switch (method.getName()) {
							case "hashCode" -> System.identityHashCode(proxy);
							case "equals" -> proxy == args[0];
							default -> "InterruptWatch";
							};
						});
				previous = install(handler);
			} catch (ReflectiveOperationException e) {
				throw new IllegalStateException("no SIGINT handling in this runtime", e);
			}
		}

		private Object install(Object handler) throws ReflectiveOperationException {
			try {
				return signalClass.getMethod("handle", signalClass, handlerClass).invoke(null, signal, handler);
			} catch (java.lang.reflect.InvocationTargetException e) {
				// IllegalArgumentException when the signal is reserved by the JVM
				throw new IllegalStateException(e.getCause());
			}
		}

		private synchronized void restore() {
			if (!restored) {
				restored = true;
				try {
					install(previous);
				} catch (ReflectiveOperationException | RuntimeException e) {
					// leave our one-shot handler; a second Ctrl-C is then ignored until close
				}
			}
		}

		@Override
		public void close() {
			restore();
		}
	}
}
