package cymru.atebol.neo4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cymru.atebol.time.At;
import cymru.atebol.time.TimeRules;

/**
 * Composes a query's text from its text block and the shared fragments it names: the one
 * way Cypher is put together in this project (CypherIsParameterisedTests allows no
 * other). {@code {{name(args)}}} expands a {@link TimeRules} fragment for the given
 * variables, {@code {{name(args | key)}}} one that reads its moment from the variable
 * {@code key} instead of the parameters, and {@code {{name}}} a slot filled from fixed
 * texts: a whole number or a {@link Fixed} constant, never a value from a request.
 */
public final class Cypher {

	private static final Pattern MACRO = Pattern.compile("\\{\\{(\\w+)(?:\\((.*?)\\))?\\}\\}");

	private static final Pattern ARGUMENT = Pattern.compile("[A-Za-z_]\\w*|(?:startNode|endNode)\\([A-Za-z_]\\w*\\)");

	private static final Pattern SOURCE = Pattern.compile("[A-Za-z_]\\w*");

	private static final Pattern MOMENT = Pattern.compile("\\$(asOf|recordedAsOf|datesKnown)\\b");

	private Cypher() {
	}

	/**
	 * The statement with every fragment and slot expanded, in its two forms: for reads of
	 * what the graph holds now and for reads at a record time. An unknown name, a wrong
	 * number of arguments or a slot not given is a programming error, thrown at once.
	 */
	public static Statement compose(String template, Slot... slots) {
		Map<String, String> values = new HashMap<>();
		for (Slot slot : slots) {
			values.put(slot.name(), slot.text());
		}
		return new Statement(expand(template, values, true), expand(template, values, false));
	}

	private static String expand(String text, Map<String, String> slots, boolean now) {
		Matcher macro = MACRO.matcher(text);
		StringBuilder out = new StringBuilder();
		while (macro.find()) {
			String name = macro.group(1);
			String replacement = (macro.group(2) != null) ? fragment(name, macro.group(2), slots, now)
					: slot(name, slots);
			macro.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		macro.appendTail(out);
		return out.toString();
	}

	private static String slot(String name, Map<String, String> slots) {
		String value = slots.get(name);
		if (value == null) {
			throw new IllegalArgumentException("No value for the slot {{" + name + "}}");
		}
		return value;
	}

	private static String fragment(String name, String call, Map<String, String> slots, boolean now) {
		TimeRules.Fragment fragment = TimeRules.fragment(name, now);
		if (fragment == null) {
			throw new IllegalArgumentException("No fragment named '" + name + "'");
		}
		String[] parts = call.split("\\|", -1);
		List<String> arguments = new ArrayList<>();
		for (String argument : parts[0].split(",")) {
			arguments.add(checked(argument.strip(), ARGUMENT, name));
		}
		if (arguments.size() != fragment.arguments().length || parts.length > 2) {
			throw new IllegalArgumentException("Fragment '%s' takes (%s[ | source]), was given (%s)".formatted(name,
					String.join(", ", fragment.arguments()), call));
		}
		String text = fragment.text();
		for (int i = 0; i < arguments.size(); i++) {
			text = text.replace("{" + fragment.arguments()[i] + "}", arguments.get(i));
		}
		text = expand(text, slots, now);
		if (parts.length == 2) {
			String source = checked(parts[1].strip(), SOURCE, name);
			text = MOMENT.matcher(text).replaceAll(source + ".$1");
		}
		return text;
	}

	private static String checked(String argument, Pattern allowed, String fragment) {
		if (!allowed.matcher(argument).matches()) {
			throw new IllegalArgumentException("Fragment '" + fragment + "' takes variables, not '" + argument + "'");
		}
		return argument;
	}

	/**
	 * A composed statement: {@code now} reads what the graph holds now, {@code recorded}
	 * reads at a record time (and also answers without one, at a higher planning cost).
	 */
	public record Statement(String now, String recorded) {

		/** The form for a moment: {@code now} unless it has a record time. */
		public String at(At at) {
			return at(at.recordedAsOf() != null);
		}

		public String at(boolean recorded) {
			return recorded ? this.recorded : this.now;
		}

	}

	/**
	 * Fixed Cypher text chosen by a constant (a direction's step, a filter's predicate).
	 */
	public interface Fixed {

		String cypher();

	}

	/**
	 * A slot's name and the fixed text it is filled with: made only from a whole number
	 * or a {@link Fixed} constant.
	 */
	public static final class Slot {

		private final String name;

		private final String text;

		private Slot(String name, String text) {
			this.name = name;
			this.text = text;
		}

		public static Slot of(String name, int value) {
			return new Slot(name, Integer.toString(value));
		}

		public static Slot of(String name, Fixed value) {
			return new Slot(name, value.cypher());
		}

		String name() {
			return this.name;
		}

		String text() {
			return this.text;
		}

	}

}
