package dev.migrate.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import dev.migrate.revision.Revision;
import dev.migrate.revision.RevisionGraph;

/**
 * Times the revision graph on large generated histories: building it, asking for its heads, and
 * planning a full upgrade from base, at two sizes, to show that the cost grows linearly.
 *
 * <p>Run with {@code ./mvnw -q -pl benchmarks -am package -DskipTests} and then
 * {@code java -cp benchmarks/target/benchmarks.jar dev.migrate.benchmarks.RevisionGraphBenchmark}
 * (optionally with sizes as arguments, default {@code 10000 100000}).
 */
public final class RevisionGraphBenchmark {

	private static final int WARMUP_ROUNDS = 5;

	private static final int MEASURED_ROUNDS = 9;

	private RevisionGraphBenchmark() {
	}

	/**
	 * Runs the benchmark and prints a table of median timings.
	 * @param args revision counts to measure
	 */
	public static void main(String[] args) {
		int[] sizes = (args.length > 0) ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
				: new int[] { 10_000, 100_000 };
		System.out.printf(Locale.ROOT, "%-10s %10s %10s %10s %10s %10s%n", "revisions", "load ms", "heads ms",
				"plan ms", "total ms", "plan size");
		double[] totals = new double[sizes.length];
		for (int i = 0; i < sizes.length; i++) {
			List<Revision> revisions = history(sizes[i]);
			double load = median(() -> RevisionGraph.of(revisions));
			RevisionGraph graph = RevisionGraph.of(revisions);
			double heads = median(() -> List.of(graph.heads(), graph.realHeads(), graph.resolve("heads")));
			double plan = median(() -> graph.upgradePath(List.of(), "heads"));
			int planSize = graph.upgradePath(List.of(), "heads").size();
			totals[i] = load + heads + plan;
			System.out.printf(Locale.ROOT, "%-10d %10.1f %10.3f %10.1f %10.1f %10d%n", revisions.size(), load, heads,
					plan, totals[i], planSize);
		}
		for (int i = 1; i < sizes.length; i++) {
			System.out.printf(Locale.ROOT, "%d -> %d revisions: %.1f times the revisions, %.1f times the time%n",
					sizes[i - 1], sizes[i], (double) sizes[i] / sizes[i - 1], totals[i] / totals[i - 1]);
		}
	}

	/**
	 * A history of about {@code size} revisions: a trunk where every 20th revision forks a
	 * five-revision side branch that merges back, every 500th opens a labelled feature branch
	 * that stays open for 200 revisions and then merges, and every 1000th depends on the
	 * revision 50 before it.
	 */
	static List<Revision> history(int size) {
		List<Revision> revisions = new ArrayList<>(size);
		String trunk = null;
		String feature = null;
		int featureEnd = -1;
		int counter = 0;
		while (revisions.size() < size) {
			int n = counter++;
			String id = id("t", n);
			List<String> down = (trunk == null) ? List.of() : new ArrayList<>(List.of(trunk));
			List<String> dependsOn = (n % 1000 == 999) ? List.of(id("t", n - 50)) : List.of();
			if (n % 20 == 10 && trunk != null) {
				String side = trunk;
				for (int s = 0; s < 5; s++) {
					String sideId = id("s" + s, n);
					revisions.add(new Revision(sideId, List.of(side), List.of(), List.of(), ""));
					side = sideId;
				}
				down.add(side);
			}
			if (n % 500 == 250 && trunk != null) {
				feature = id("f", n);
				featureEnd = n + 200;
				revisions.add(new Revision(feature, List.of(trunk), List.of("feature" + n), List.of(), ""));
			}
			else if (feature != null && n == featureEnd) {
				down.add(feature);
				feature = null;
			}
			else if (feature != null && n % 10 == 0) {
				String next = id("g", n);
				revisions.add(new Revision(next, List.of(feature), List.of(), List.of(), ""));
				feature = next;
			}
			revisions.add(new Revision(id, down, List.of(), (n % 1000 == 999 && n >= 50) ? dependsOn : List.of(), ""));
			trunk = id;
		}
		return revisions;
	}

	private static String id(String prefix, int n) {
		return prefix + Integer.toHexString(n);
	}

	private static double median(Supplier<?> work) {
		for (int i = 0; i < WARMUP_ROUNDS; i++) {
			work.get();
		}
		double[] millis = new double[MEASURED_ROUNDS];
		for (int i = 0; i < MEASURED_ROUNDS; i++) {
			long start = System.nanoTime();
			work.get();
			millis[i] = (System.nanoTime() - start) / 1_000_000.0;
		}
		Arrays.sort(millis);
		return millis[MEASURED_ROUNDS / 2];
	}

}
