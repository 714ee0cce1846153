package org.latticebench.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.latticebench.cli.CliCommand;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The headless Eclipse application {@code org.latticebench.cli.headless}: runs one command and
 * returns its exit code. It needs no display and never loads SWT.
 */
public final class HeadlessApplication implements IApplication {

	@Override
	public Object start(IApplicationContext appContext) {
		String[] raw = (String[]) appContext.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<String> args = new ArrayList<>(raw == null ? List.of() : Arrays.asList(raw));
		appContext.applicationRunning();
		BundleContext bc = FrameworkUtil.getBundle(getClass()).getBundleContext();
		CommandLine cli = new CommandLine(lookup(bc, CliCommand.class), System.out, System.err, type -> lookup(bc, type));
		int code = cli.run(args);
		System.out.flush();
		System.err.flush();
		return Integer.valueOf(code);
	}

	static <T> List<T> lookup(BundleContext bc, Class<T> type) {
		try {
			List<ServiceReference<T>> refs = new ArrayList<>(bc.getServiceReferences(type, null));
			refs.sort(Comparator.comparing(r -> String.valueOf(ServiceListing.idOf(r))));
			List<T> services = new ArrayList<>();
			for (ServiceReference<T> r : refs) {
				T s = bc.getService(r);
				if (s != null) {
					services.add(s);
				}
			}
			return services;
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	public void stop() {
		// a command runs to completion or is interrupted with the process
	}
}
