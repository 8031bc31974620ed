package cymru.atebol.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.ClassUtils;

/**
 * The Cypher statements a package holds as text-block constants (the house style: one
 * {@code static final String} per statement), found by reading its classes, so that the
 * warm-up plans every statement an edit can run without a list to keep in step.
 */
final class CypherStatements {

	private static final Pattern STATEMENT = Pattern
		.compile("^(MATCH|OPTIONAL MATCH|CREATE|MERGE|UNWIND|CALL|WITH|RETURN|FOREACH)\\b[\\s\\S]*");

	private CypherStatements() {
	}

	static List<String> in(List<String> packages) {
		Set<String> statements = new LinkedHashSet<>();
		for (String name : packages) {
			for (Class<?> type : classes(name)) {
				statements.addAll(constants(type));
			}
		}
		return List.copyOf(statements);
	}

	private static List<Class<?>> classes(String packageName) {
		String pattern = "classpath*:" + ClassUtils.convertClassNameToResourcePath(packageName) + "/*.class";
		List<Class<?>> classes = new ArrayList<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
				String file = resource.getFilename();
				if (file != null && !file.equals("package-info.class")) {
					String className = packageName + "." + file.substring(0, file.length() - ".class".length());
					classes.add(ClassUtils.forName(className, CypherStatements.class.getClassLoader()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ClassNotFoundException | LinkageError ex) {
			throw new IllegalStateException("Could not read the Cypher of " + packageName, ex);
		}
		return classes;
	}

	private static List<String> constants(Class<?> type) {
		List<String> found = new ArrayList<>();
		for (Field field : type.getDeclaredFields()) {
			int modifiers = field.getModifiers();
			if (field.getType() == String.class && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)) {
				try {
					field.setAccessible(true);
					if (field.get(null) instanceof String text && STATEMENT.matcher(text.strip()).matches()) {
						found.add(text.strip());
					}
				}
				catch (ReflectiveOperationException | RuntimeException ex) {
					// not readable: not one of ours to plan
				}
			}
		}
		return found;
	}

}
