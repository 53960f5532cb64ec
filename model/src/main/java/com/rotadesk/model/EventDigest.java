package com.rotadesk.model;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A fingerprint of the events one journaled action produced, kept with the entry so that a replay under a later
 * build can say which entry no longer replays the same (a changed rule must never reshape a past day silently).
 *
 * <p>The canonical form is every component of every event, in declaration order, so a new field is covered
 * without anyone remembering to add it. Personal data is left out (a name or phone reads as whether it is there):
 * erasing a visitor replaces their name and phone and must not look like a changed decision.
 */
public final class EventDigest {
    /** The canonical form's version, kept beside each digest; a new version is compared only with itself. */
    public static final int VERSION = 1;

    /** Components that hold personal data, by record type. */
    private static final Map<Class<?>, Set<String>> PERSONAL = Map.of(
            Registration.class, Set.of("name", "phone"),
            Client.class, Set.of("phone", "name", "household"),
            Event.OwnershipGained.class, Set.of("phone"),
            Event.ContactRefreshed.class, Set.of("phone"),
            Event.ClientNoted.class, Set.of("phone"),
            Event.HouseholdJoined.class, Set.of("phone", "name"),
            Event.OwnershipRemoved.class, Set.of("phone"),
            Event.DealMarked.class, Set.of("phone"),
            Event.FollowedUp.class, Set.of("phone"),
            Event.PhoneClient.class, Set.of("phone"));

    private EventDigest() {
    }

    /** The SHA-256 of the events' canonical form, in hex. */
    public static String of(List<Event> events) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : canonical(events)) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** One line per event, as hashed: what an entry's replay produced, for a report of what changed. */
    public static List<String> canonical(List<Event> events) {
        List<String> lines = new ArrayList<>(events.size());
        for (Event e : events) {
            StringBuilder sb = new StringBuilder();
            write(sb, e);
            lines.add(sb.toString());
        }
        return lines;
    }

    private static void write(StringBuilder sb, Object value) {
        switch (value) {
            case null -> sb.append('-');
            case Record r -> writeRecord(sb, r);
            case List<?> list -> {
                sb.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    write(sb, list.get(i));
                }
                sb.append(']');
            }
            case Map<?, ?> map -> {
                // maps have no order of their own: sorted by the keys' canonical form
                TreeMap<String, Object> sorted = new TreeMap<>();
                map.forEach((k, v) -> {
                    StringBuilder key = new StringBuilder();
                    write(key, k);
                    sorted.put(key.toString(), v);
                });
                sb.append('{');
                boolean first = true;
                for (Map.Entry<String, Object> e : sorted.entrySet()) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    sb.append(e.getKey()).append(':');
                    write(sb, e.getValue());
                }
                sb.append('}');
            }
            case Enum<?> en -> sb.append(en.name());
            case String s -> sb.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            case Temporal t -> sb.append(t);
            case Number n -> sb.append(n);
            case Boolean b -> sb.append(b);
            default -> throw new IllegalArgumentException("no canonical form for " + value.getClass().getName());
        }
    }

    private static void writeRecord(StringBuilder sb, Record r) {
        Shape shape = SHAPES.get(r.getClass());
        sb.append(shape.name()).append('(');
        for (int i = 0; i < shape.components().size(); i++) {
            if (i > 0) {
                sb.append(';');
            }
            Shape.Component c = shape.components().get(i);
            sb.append(c.name()).append('=');
            Object value = read(c, r);
            if (c.personal()) {
                sb.append(present(value));
            } else {
                write(sb, value);
            }
        }
        sb.append(')');
    }

    /**
     * A record type's components as the canonical form reads them. Looking them up is most of a digest's cost (the
     * runtime builds them afresh on every call), and every entry of a replayed day is digested, so each type's are
     * looked up once per run; a type's components cannot change while it runs.
     */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            Set<String> personal = PERSONAL.getOrDefault(type, Set.of());
            List<Shape.Component> components = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                components.add(new Shape.Component(c.getName(), c.getAccessor(), personal.contains(c.getName())));
            }
            return new Shape(type.getSimpleName(), List.copyOf(components));
        }
    };

    /** A record type's name and its components in declaration order. */
    private record Shape(String name, List<Component> components) {
        /** One component: its name, how to read it, whether it holds personal data. */
        private record Component(String name, Method accessor, boolean personal) {
        }
    }

    /** Personal data reads only as whether it is there (a household as how many). */
    private static String present(Object value) {
        if (value instanceof List<?> list) {
            return "#" + list.size();
        }
        return value == null ? "-" : "*";
    }

    private static Object read(Shape.Component c, Record r) {
        try {
            return c.accessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.name() + " of " + r.getClass().getName(), e);
        }
    }
}
