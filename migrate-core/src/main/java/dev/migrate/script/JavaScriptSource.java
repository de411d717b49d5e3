package dev.migrate.script;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import dev.migrate.ops.Migration;
import dev.migrate.ops.Revision;

/**
 * Finds the Java revisions in a list of packages: the classes annotated with {@link Revision},
 * in each package and its sub-packages, in every directory and jar of a class loader's class
 * path.
 *
 * <p>Only classes whose class file mentions the annotation are loaded (and they are loaded
 * without being initialised), so a package that holds the whole application costs a read of its
 * class files, not the loading of every class. An annotated class that is not a usable revision
 * (not implementing {@link Migration}, abstract, not public, without a public no-argument
 * constructor, with invalid annotation values) is an error naming it. A package found in no root
 * of the class path is an error (most likely a typo); a package without revisions is not. A class
 * found through two overlapping packages is loaded once. Jars must list the package's directory
 * as an entry, as jars built by Maven, Gradle and the {@code jar} tool do.
 *
 * <pre>{@code
 * ScriptSource java = new JavaScriptSource(List.of("com.example.db.migrations"), getClass().getClassLoader());
 * }</pre>
 */
public final class JavaScriptSource implements ScriptSource {

	private static final Pattern PACKAGE_NAME = Pattern
		.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

	/** How a class file that carries the annotation refers to it, in its constant pool. */
	private static final byte[] ANNOTATION_DESCRIPTOR = ("L" + Revision.class.getName().replace('.', '/') + ";")
		.getBytes(StandardCharsets.UTF_8);

	private static final String CLASS_SUFFIX = ".class";

	private final List<String> packages;

	private final ClassLoader classLoader;

	/**
	 * Creates a source.
	 * @param packages the packages to search, such as {@code com.example.db}, each with its
	 * sub-packages
	 * @param classLoader the class loader whose class path is searched and which loads the
	 * classes
	 * @throws ScriptLocationException if a package name is not a valid Java package name
	 */
	public JavaScriptSource(List<String> packages, ClassLoader classLoader) {
		List<String> checked = new ArrayList<>(packages.size());
		for (String name : packages) {
			checked.add(checkPackage(name));
		}
		this.packages = List.copyOf(checked);
		this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
	}

	/**
	 * Returns the packages searched.
	 * @return the package names, in the order given
	 */
	public List<String> packages() {
		return this.packages;
	}

	/**
	 * Finds every Java revision in the packages.
	 * @return the revisions, sorted by class file name, then class name
	 * @throws ScriptLocationException if a package is found in no root of the class path, or
	 * cannot be searched
	 * @throws ScriptReadException if a class file cannot be read
	 * @throws JavaRevisionException if an annotated class is not a usable revision or cannot be
	 * loaded
	 */
	@Override
	public List<JavaRevisionScript> findScripts() {
		ScriptScanner scanner = new ScriptScanner(this.classLoader, CLASS_SUFFIX);
		List<JavaRevisionScript> scripts = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String name : this.packages) {
			boolean found = scanner.scan(Location.classpath(name.replace('.', '/')), (resource, content) -> {
				String className = className(resource.origin());
				if (className.endsWith(".package-info") || !seen.add(className)) {
					return;
				}
				byte[] classFile = content.readAllBytes();
				if (contains(classFile, ANNOTATION_DESCRIPTOR)) {
					Class<?> type = load(className);
					if (type.isAnnotationPresent(Revision.class)) {
						scripts.add(JavaRevisionScript.of(type, classFile));
					}
				}
			});
			if (!found) {
				throw new ScriptLocationException("Java package '" + name + "' is not on the class path: check its name,"
						+ " and that the classes of the revisions are compiled and on the class path");
			}
		}
		scripts.sort(Comparator.comparing(JavaRevisionScript::name).thenComparing(JavaRevisionScript::origin));
		return scripts;
	}

	private Class<?> load(String className) {
		try {
			return Class.forName(className, false, this.classLoader);
		}
		catch (ClassNotFoundException | LinkageError ex) {
			throw new JavaRevisionException(className, "Could not load " + className + ", whose class file mentions"
					+ " @Revision: " + ex, ex);
		}
	}

	/**
	 * Returns the name of the class a class path resource such as {@code com/example/V1.class}
	 * holds.
	 */
	private static String className(String resource) {
		return resource.substring(0, resource.length() - CLASS_SUFFIX.length()).replace('/', '.');
	}

	/**
	 * Checks a package name, returning it without surrounding white space.
	 * @throws ScriptLocationException if it is not a valid Java package name
	 */
	static String checkPackage(String name) {
		Objects.requireNonNull(name, "package");
		String stripped = name.strip();
		if (!PACKAGE_NAME.matcher(stripped).matches()) {
			throw new ScriptLocationException("Invalid Java package '" + name + "': give a package name such as"
					+ " com.example.db (the root package cannot be searched)");
		}
		return stripped;
	}

	private static boolean contains(byte[] bytes, byte[] sought) {
		outer: for (int i = 0; i <= bytes.length - sought.length; i++) {
			for (int j = 0; j < sought.length; j++) {
				if (bytes[i + j] != sought[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
