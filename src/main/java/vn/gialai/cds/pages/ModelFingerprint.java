package vn.gialai.cds.pages;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content hash (files/Hashes) of everything a template is handed for one page: the page's model (records, lists, maps, strings,
 * numbers, dates, enums), walked in the order a template would meet it. Two pages with the same fingerprint, the same
 * template and the same code render to the same bytes, which is what lets a build take an unchanged page from the last
 * site instead of rendering it again (pipeline/RenderMap).
 *
 * <p>Anything else in a model (a class that is not a record, a function) cannot be fingerprinted: {@link #of} throws
 * {@link NotFingerprintable} and the page is simply rendered every time. ModelFingerprintTest checks that every page of
 * the fixture site can be fingerprinted, so a view that brings such a value in is noticed.
 */
public final class ModelFingerprint {
    /** A value in a model that this class cannot walk: the page is rendered each build. */
    public static final class NotFingerprintable extends RuntimeException {
        NotFingerprintable(String what) { super(what); }
    }

    private static final int MAX_DEPTH = 48;
    private static final Map<Class<?>, List<MethodHandle>> COMPONENTS = new ConcurrentHashMap<>();

    /** What the walk puts, byte for byte as if written to a DataOutputStream (ModelFingerprintTest). */
    private final com.dynatrace.hash4j.hashing.HashStream128 hash = vn.gialai.cds.files.Hashes.stream();

    private ModelFingerprint() {}

    /** The fingerprint of the given parts, in order (e.g. the template's name, then page, view and site). */
    public static String of(Object... parts) {
        ModelFingerprint f = new ModelFingerprint();
        for (Object part : parts) f.walk(part, 0);
        return vn.gialai.cds.files.Hashes.hex(f.hash.get());
    }

    private void walk(Object o, int depth) {
        if (depth > MAX_DEPTH) throw new NotFingerprintable("a model nested deeper than " + MAX_DEPTH + " levels");
        if (o == null) {
            tag('0');
        } else if (o instanceof String s) {
            tag('s');
            text(s);
        } else if (o instanceof Boolean || o instanceof Character || o instanceof Number || o instanceof Enum<?>
                || o.getClass().getName().startsWith("java.time.")) {
            // the class name too: the integer 1 and the text "1" may print differently
            tag('v');
            text(o.getClass().getName());
            text(o instanceof Enum<?> e ? e.name() : o.toString());
        } else if (o instanceof Optional<?> opt) {
            tag('o');
            walk(opt.orElse(null), depth + 1);
        } else if (o instanceof Map<?, ?> m) {
            tag('m');
            number(m.size());
            for (Map.Entry<?, ?> e : inStableOrder(m)) {
                walk(e.getKey(), depth + 1);
                walk(e.getValue(), depth + 1);
            }
        } else if (o instanceof Collection<?> c) {
            tag('l');
            number(c.size());
            for (Object x : inStableOrder(c)) walk(x, depth + 1);
        } else if (o.getClass().isArray()) {
            tag('a');
            int n = Array.getLength(o);
            number(n);
            for (int i = 0; i < n; i++) walk(Array.get(o, i), depth + 1);
        } else if (o instanceof Record) {
            tag('r');
            text(o.getClass().getName());
            for (MethodHandle accessor : components(o.getClass())) {
                try {
                    walk(accessor.invoke(o), depth + 1);
                } catch (NotFingerprintable | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new NotFingerprintable(o.getClass().getName() + ": " + e);
                }
            }
        } else {
            throw new NotFingerprintable(o.getClass().getName());
        }
    }

    /**
     * A map's entries in the order it is walked: as it gives them when that order is its own (sorted, insertion-ordered,
     * or one entry), else by key. Map.of and Map.copyOf give their entries in an order drawn anew in each JVM, which
     * would make the same model print differently from one build to the next.
     */
    private static Iterable<? extends Map.Entry<?, ?>> inStableOrder(Map<?, ?> m) {
        if (m.size() <= 1 || m instanceof java.util.SortedMap<?, ?> || m instanceof java.util.LinkedHashMap<?, ?>) return m.entrySet();
        List<Map.Entry<?, ?>> entries = new java.util.ArrayList<>(m.entrySet());
        entries.sort(java.util.Comparator.comparing(e -> String.valueOf(e.getKey())));
        return entries;
    }

    /** A collection's items in a stable order: a set without an order of its own (Set.of, HashSet) by their text. */
    private static Iterable<?> inStableOrder(Collection<?> c) {
        if (c.size() <= 1 || !(c instanceof java.util.Set<?>) || c instanceof java.util.SortedSet<?> || c instanceof java.util.LinkedHashSet<?>) return c;
        List<Object> items = new java.util.ArrayList<>(c);
        items.sort(java.util.Comparator.comparing(String::valueOf));
        return items;
    }

    private static List<MethodHandle> components(Class<?> type) {
        return COMPONENTS.computeIfAbsent(type, t -> {
            try {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                List<MethodHandle> list = new java.util.ArrayList<>();
                for (RecordComponent rc : t.getRecordComponents()) {
                    java.lang.reflect.Method m = rc.getAccessor();
                    m.setAccessible(true);
                    list.add(lookup.unreflect(m));
                }
                return List.copyOf(list);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new NotFingerprintable(t.getName() + ": " + e);
            }
        });
    }

    private void tag(char c) { hash.putByte((byte) c); }

    /** Big-endian, as DataOutputStream writes it (the stream puts an int's bytes little-endian first). */
    private void number(int n) { hash.putInt(Integer.reverseBytes(n)); }

    private void text(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        number(b.length);
        hash.putBytes(b);
    }
}
