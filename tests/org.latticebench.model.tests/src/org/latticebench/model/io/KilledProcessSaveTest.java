package org.latticebench.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latticebench.core.Grid3;
import org.latticebench.model.Study;

/**
 * A real {@code kill -9} during a save: a child JVM ({@link SaveLoopMain}) saves large studies
 * into one folder in a loop and is killed with SIGKILL ({@link Process#destroyForcibly()}) at
 * seeded random moments. After each kill, whatever stands at the study's path is a complete
 * study, and loading gives the study of the last finished save, or of the save under way if
 * its rename had already happened: byte for byte (SHA-256 of every file), never a third one.
 */
class KilledProcessSaveTest {

	private static final int KILLS = 6;
	/** Kill moments are spread over this window after the child's variants were all saved once. */
	private static final int MAX_DELAY_MS = 1500;

	@TempDir
	Path dir;

	@Test
	void studyKilledWithSigkillDuringSavesReopensAsTheLastCompleteSave() throws Exception {
		Random random = new Random(14); // issue 14
		Path folder = dir.resolve("study");
		int killedMidSave = 0;
		for (int kill = 0; kill < KILLS; kill++) {
			Child child = Child.start(folder);
			try {
				assertTrue(child.allVariantsSaved.await(120, TimeUnit.SECONDS), "the child saved every variant once: " + child.log);
				Thread.sleep(random.nextInt(MAX_DELAY_MS));
			} finally {
				child.process.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
				assertTrue(child.process.waitFor(30, TimeUnit.SECONDS));
				child.reader.join(10_000);
			}
			assertEquals(137, child.process.exitValue(), "killed by SIGKILL (128 + 9)"); // POSIX shell convention for signal 9
			long last = child.lastSaved.get();
			Map<Integer, String> digests = child.digests;
			assertEquals(SaveLoopMain.VARIANTS, digests.size());
			int lastVariant = (int) (last % SaveLoopMain.VARIANTS);
			int nextVariant = (int) ((last + 1) % SaveLoopMain.VARIANTS);
			Set<String> acceptable = Set.of(digests.get(lastVariant), digests.get(nextVariant));

			// before any recovery: what stands at the study's path is never half written
			if (Files.isDirectory(folder)) {
				assertTrue(acceptable.contains(KilledSaveTest.digest(folder)),
						"kill " + kill + ": the folder at the study's path is a complete save of variant " + lastVariant + " or " + nextVariant);
			}
			boolean leftovers = Files.exists(dir.resolve("study" + StudyStore.TEMP_SUFFIX))
					|| Files.exists(dir.resolve("study" + StudyStore.BACKUP_SUFFIX));
			if (leftovers) {
				killedMidSave++;
			}

			Study loaded = StudyStore.load(folder);

			String digest = KilledSaveTest.digest(folder);
			assertTrue(acceptable.contains(digest), "kill " + kill + " after save " + last + ": the study reopens byte-identical to variant "
					+ lastVariant + " or " + nextVariant);
			int variant = digest.equals(digests.get(lastVariant)) ? lastVariant : nextVariant;
			assertEquals("large study, variant " + variant, loaded.getName());
			assertEquals(SaveLoopMain.LARGE_GRID.voxelCount(), loaded.getImage().getHuValues().length());
			assertEquals(List.of("study"), StudyStoreTest.listNames(dir), "loading removed the kill's leftovers");
		}
		// the seeded delays must actually hit saves in progress, or the test proves nothing
		assertTrue(killedMidSave >= 2, "only " + killedMidSave + " of " + KILLS + " kills caught a save in progress");
		System.out.println("KilledProcessSaveTest: " + KILLS + " SIGKILLs, " + killedMidSave + " during a save's write or rename");
	}

	/** The child JVM and what it printed. */
	private static final class Child {
		final Process process;
		final Thread reader;
		final Map<Integer, String> digests = new ConcurrentHashMap<>();
		final AtomicLong lastSaved = new AtomicLong(-1);
		final CountDownLatch allVariantsSaved = new CountDownLatch(1);
		final StringBuffer log = new StringBuffer();

		private Child(Process process) {
			this.process = process;
			this.reader = new Thread(this::read, "save-loop output");
			reader.setDaemon(true);
			reader.start();
		}

		static Child start(Path folder) throws IOException {
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", classPath(), SaveLoopMain.class.getName(), folder.toString());
			pb.redirectErrorStream(true);
			return new Child(pb.start());
		}

		private void read() {
			try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line; (line = in.readLine()) != null;) {
					log.append(line).append('\n');
					String[] words = line.split(" ");
					if (words[0].equals("digest") && words.length == 3) {
						digests.put(Integer.parseInt(words[1]), words[2]);
					} else if (words[0].equals("saved") && words.length == 2) {
						lastSaved.set(Long.parseLong(words[1]));
						if (lastSaved.get() == SaveLoopMain.VARIANTS - 1) {
							allVariantsSaved.countDown();
						}
					}
				}
			} catch (IOException e) {
				log.append("reading the child's output failed: ").append(e);
			}
		}
	}

	/**
	 * The plain class path of the bundles the child needs. Under OSGi {@code java.class.path} is
	 * the launcher's, so each bundle's location is taken from a class it holds; a reactor bundle
	 * is a folder whose classes lie in {@code target/classes} or {@code bin}.
	 */
	static String classPath() {
		Set<String> entries = new LinkedHashSet<>();
		for (Class<?> c : List.of(SaveLoopMain.class, Study.class, Grid3.class, EObject.class, URI.class, XMIResource.class)) {
			Path location;
			try {
				location = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
			} catch (URISyntaxException e) {
				throw new IllegalStateException("no file location for " + c, e);
			}
			List<Path> candidates = new ArrayList<>(List.of(location));
			if (Files.isDirectory(location)) {
				candidates.add(0, location.resolve("target/classes"));
				candidates.add(1, location.resolve("bin"));
			}
			for (Path p : candidates) {
				if (Files.exists(p)) {
					entries.add(p.toString());
				}
			}
		}
		assertFalse(entries.isEmpty());
		return String.join(File.pathSeparator, entries);
	}
}
