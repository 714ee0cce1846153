package org.latticebench.planning;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.latticebench.core.InvalidInputException;

/**
 * Settings records as flat {@code key=value} strings, the form the study saves and the CLI's
 * {@code --set key=value} takes. Components of a nested record get dotted keys
 * ({@code beams.beamCount}). Supported component types: {@code double}, {@code int},
 * {@code long}, {@code boolean}, {@code String}, enums, {@code List<String>} (comma-separated)
 * and nested records of these.
 *
 * @since 0.1
 */
public final class SettingsForm {

	private SettingsForm() {
	}

	/** Every component of the record, in declaration order. */
	public static Map<String, String> toMap(Record settings) {
		Map<String, String> out = new LinkedHashMap<>();
		flatten("", settings, out);
		return out;
	}

	/**
	 * The record with the given keys changed from {@code defaults}.
	 *
	 * @throws InvalidInputException naming the key for an unknown key (listing the valid ones) or a
	 *                               value that does not parse or that the record rejects
	 */
	public static <R extends Record> R fromMap(Class<R> type, Map<String, String> form, R defaults) {
		Map<String, String> remaining = new HashMap<>(form);
		R result = build(type, "", remaining, defaults);
		if (!remaining.isEmpty()) {
			String unknown = remaining.keySet().stream().sorted().findFirst().orElseThrow();
			throw new InvalidInputException(type.getSimpleName(), unknown,
					"unknown setting; valid keys are " + String.join(", ", toMap(defaults).keySet()));
		}
		return result;
	}

	/** {@link #fromMap} for a settings type known only at run time, e.g. {@link PlanGenerator#settingsType()}. */
	public static Record fromMapOf(Class<? extends Record> type, Map<String, String> form, Record defaults) {
		return capture(type, form, defaults);
	}

	private static <R extends Record> R capture(Class<R> type, Map<String, String> form, Record defaults) {
		if (!type.isInstance(defaults)) {
			throw new IllegalArgumentException("defaults " + defaults + " are not a " + type.getSimpleName());
		}
		return fromMap(type, form, type.cast(defaults));
	}

	private static void flatten(String prefix, Record r, Map<String, String> out) {
		for (RecordComponent c : r.getClass().getRecordComponents()) {
			Object v = get(c, r);
			String key = prefix + c.getName();
			if (v instanceof Record nested) {
				flatten(key + ".", nested, out);
			} else if (v instanceof List<?> list) {
				out.put(key, String.join(",", list.stream().map(String::valueOf).toList()));
			} else {
				out.put(key, String.valueOf(v));
			}
		}
	}

	private static <R extends Record> R build(Class<R> type, String prefix, Map<String, String> form, R defaults) {
		RecordComponent[] components = type.getRecordComponents();
		Object[] args = new Object[components.length];
		for (int n = 0; n < components.length; n++) {
			RecordComponent c = components[n];
			String key = prefix + c.getName();
			Object current = get(c, defaults);
			if (Record.class.isAssignableFrom(c.getType())) {
				args[n] = build(c.getType().asSubclass(Record.class), key + ".", form, (Record) current);
			} else if (form.containsKey(key)) {
				args[n] = parse(type, key, c, form.remove(key));
			} else {
				args[n] = current;
			}
		}
		try {
			Constructor<R> ctor = type.getDeclaredConstructor(
					Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
			return ctor.newInstance(args);
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			throw new InvalidInputException(type.getSimpleName(), prefix.isEmpty() ? null : prefix.substring(0, prefix.length() - 1),
					cause.getMessage(), cause);
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException("settings type " + type.getName() + " cannot be constructed", e);
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object parse(Class<?> owner, String key, RecordComponent c, String text) {
		Class<?> t = c.getType();
		String v = text.trim();
		try {
			if (t == double.class || t == Double.class) {
				return Double.parseDouble(v);
			} else if (t == int.class || t == Integer.class) {
				return Integer.parseInt(v);
			} else if (t == long.class || t == Long.class) {
				return Long.parseLong(v);
			} else if (t == boolean.class || t == Boolean.class) {
				if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
					throw new IllegalArgumentException();
				}
				return Boolean.parseBoolean(v);
			} else if (t == String.class) {
				return text;
			} else if (t.isEnum()) {
				try {
					return Enum.valueOf((Class) t, v.toUpperCase(Locale.ROOT).replace('-', '_'));
				} catch (IllegalArgumentException e) {
					throw new InvalidInputException(owner.getSimpleName(), key, "expects one of "
							+ Arrays.toString(t.getEnumConstants()) + ", got '" + text + "'");
				}
			} else if (t == List.class && isListOfString(c.getGenericType())) {
				List<String> items = new ArrayList<>();
				for (String s : v.split(",")) {
					if (!s.isBlank()) {
						items.add(s.trim());
					}
				}
				return List.copyOf(items);
			}
		} catch (NumberFormatException e) {
			throw new InvalidInputException(owner.getSimpleName(), key, "expects a " + t.getSimpleName() + ", got '" + text + "'");
		} catch (IllegalArgumentException e) {
			throw new InvalidInputException(owner.getSimpleName(), key, "expects true or false, got '" + text + "'");
		}
		throw new IllegalStateException("settings component " + key + " has the unsupported type " + c.getGenericType());
	}

	private static boolean isListOfString(Type generic) {
		return generic instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
				&& p.getActualTypeArguments()[0] == String.class;
	}

	private static Object get(RecordComponent c, Record r) {
		try {
			return c.getAccessor().invoke(r);
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException("cannot read settings component " + c.getName(), e);
		}
	}
}
