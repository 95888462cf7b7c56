package vn.gialai.cds.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;

/**
 * The fingerprint of the code a cache belongs to (the content hash of files/Hashes): a cache written by other code is not used. Our own
 * classes and resources count by their bytes; a library by the name of its jar (artifact and version). When anything
 * cannot be read, the fingerprint is one that never matches, so the cache is simply not used.
 */
public final class CodeFingerprint {
    /**
     * @param classes   classes whose class files count byte for byte (with their names)
     * @param libraries classes standing for their library: the jar's name, or the class's bytes outside a jar
     * @param resources class-path resources (absolute names, e.g. "/fonts/x.ttf") that count byte for byte
     */
    public static String of(List<Class<?>> classes, List<Class<?>> libraries, List<String> resources) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            for (Class<?> c : classes) all.write(classBytes(c));
            for (Class<?> c : libraries) all.write(library(c));
            for (String r : resources) {
                try (InputStream in = CodeFingerprint.class.getResourceAsStream(r)) {
                    if (in == null) throw new IOException("no resource " + r);
                    all.write(r.getBytes(StandardCharsets.UTF_8));
                    all.write(in.readAllBytes());
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown-" + System.nanoTime(); // never matches: no cache without a fingerprint
        }
        return Hashes.of(all.toByteArray());
    }

    /** The same for classes only. */
    public static String of(Class<?>... classes) { return of(List.of(classes), List.of(), List.of()); }

    private static byte[] classBytes(Class<?> c) throws IOException {
        try (InputStream in = c.getResourceAsStream(c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class")) {
            if (in == null) throw new IOException("no class file for " + c.getName());
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.write(c.getName().getBytes(StandardCharsets.UTF_8));
            b.write(in.readAllBytes());
            return b.toByteArray();
        }
    }

    private static byte[] library(Class<?> c) throws IOException, URISyntaxException {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            String name = Path.of(source.getLocation().toURI()).getFileName().toString();
            if (name.endsWith(".jar")) return name.getBytes(StandardCharsets.UTF_8);
        }
        return classBytes(c);
    }

    private CodeFingerprint() {}
}
