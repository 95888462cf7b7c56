package vn.gialai.cds.files;

import vn.gialai.cds.problems.Msg;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One build at a time per output folder: a lock file beside it ("site.lock") held with the operating system's file
 * lock for as long as the build writes, and holding one line each for the process id, start time and command, so a
 * second build can say who it waits for. The operating system releases the lock when a process dies (killed, closed
 * terminal, CI time-out), so a lock can never be left stale; a lock file still holding a process's lines when it is
 * taken is the sign of such a stopped build, and {@link Wait#onStale} is told so (the caller then cleans up with
 * {@link SiteSwap#recover}). Builds of the same JVM (the tests, the preview) wait for each other through an
 * in-process lock first: closing a second channel on a locked file would release the first one's lock on Linux.
 */
public final class BuildLock implements AutoCloseable {
    /** Who holds (or held) a lock. */
    public record Holder(long pid, String started, String command) {
        public boolean alive() { return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false); }
    }

    /**
     * How a build waits: max null waits as long as it takes (the preview); onWait is told once, when the build starts
     * waiting; onStale when the lock was left by a build that was stopped.
     */
    public record Wait(String command, Duration max, Consumer<Msg> onWait, Consumer<Msg> onStale) {
        public static Wait bounded(String command, Duration max) { return new Wait(command, max, m -> {}, m -> {}); }

        public Wait reporting(Consumer<Msg> said) { return new Wait(command, max, said, said); }
    }

    /** The lock was not free within the wait; msg says who holds it. */
    public static final class Busy extends Exception {
        private final transient Msg msg;

        Busy(Msg msg) {
            super(msg.toString(), null, false, false);
            this.msg = msg;
        }

        public Msg msg() { return msg; }
    }

    /** The default bounded wait of ./site build and ./site publish, in seconds (--lock-wait changes it). */
    public static final int DEFAULT_WAIT_SECONDS = 30;

    private static final Map<Path, ReentrantLock> IN_JVM = new ConcurrentHashMap<>();
    private static final Map<Path, Holder> HOLDERS = new ConcurrentHashMap<>();

    private final Path key;
    private final ReentrantLock jvmLock;
    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(Path key, ReentrantLock jvmLock, FileChannel channel, FileLock lock) {
        this.key = key;
        this.jvmLock = jvmLock;
        this.channel = channel;
        this.lock = lock;
    }

    public static Path file(Path out) {
        Path o = out.toAbsolutePath().normalize();
        return o.resolveSibling(o.getFileName() + ".lock");
    }

    public static BuildLock acquire(Path out, Wait wait) throws Busy, IOException {
        Path key = out.toAbsolutePath().normalize();
        Path file = file(key);
        long deadline = wait.max() == null ? Long.MAX_VALUE : System.nanoTime() + wait.max().toNanos();
        ReentrantLock jvmLock = IN_JVM.computeIfAbsent(key, k -> new ReentrantLock(true));
        boolean told = false;
        try {
            if (!jvmLock.tryLock()) {
                Holder h = HOLDERS.get(key);
                if (h != null) wait.onWait().accept(waiting(h, key));
                told = true;
                if (!jvmLock.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw new Busy(busy(HOLDERS.getOrDefault(key, self(wait)), key, wait));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy(busy(HOLDERS.getOrDefault(key, self(wait)), key, wait));
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            while ((lock = tryLock(channel)) == null) {
                if (!told) {
                    wait.onWait().accept(waiting(read(file), key));
                    told = true;
                }
                if (System.nanoTime() > deadline) throw new Busy(busy(read(file), key, wait));
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Busy(busy(read(file), key, wait));
                }
            }
            Holder before = parse(readChannel(channel));
            if (before != null) wait.onStale().accept(Msg.of("lock.stale", before.pid(), shown(before.started()), key.getFileName()));
            Holder me = self(wait);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid=" + me.pid() + "\nstarted=" + me.started() + "\ncommand=" + me.command() + "\n")
                    .getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            HOLDERS.put(key, me);
            return new BuildLock(key, jvmLock, channel, lock);
        } catch (Busy | IOException | RuntimeException e) {
            if (channel != null) channel.close();
            jvmLock.unlock();
            throw e;
        }
    }

    /** Empties the lock file (a clean end leaves no holder behind) and releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            HOLDERS.remove(key);
            channel.truncate(0);
            lock.release();
            channel.close();
        } finally {
            jvmLock.unlock();
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static Holder self(Wait wait) {
        return new Holder(ProcessHandle.current().pid(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), wait.command());
    }

    private static Msg waiting(Holder h, Path out) {
        if (h == null) h = new Holder(0, "?", "?");
        return Msg.of("lock.waiting", h.pid(), shown(h.started()), h.command(), out.getFileName());
    }

    private static Msg busy(Holder h, Path out, Wait wait) {
        if (h == null) h = new Holder(0, "?", "?");
        return Msg.of("lock.busy", h.pid(), shown(h.started()), h.command(), out.getFileName(),
                wait.max() == null ? 0 : wait.max().toSeconds());
    }

    /** 2026-12-01T19:50:03Z as the messages write it: 2026-12-01 19:50:03 (they add "UTC"). */
    static String shown(String started) {
        return started.replace('T', ' ').replace("Z", "");
    }

    /** What a lock file says (read from another process's lock: never from one this JVM holds). */
    static Holder read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        }
    }

    private static String readChannel(FileChannel channel) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(4096, channel.size()));
        channel.read(buf, 0);
        return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
    }

    static Holder parse(String text) {
        if (text == null || text.isBlank()) return null;
        long pid = 0;
        String started = "?";
        String command = "?";
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) continue;
            String k = line.substring(0, eq);
            String v = line.substring(eq + 1).strip();
            switch (k) {
                case "pid" -> {
                    try { pid = Long.parseLong(v); } catch (NumberFormatException e) { pid = 0; }
                }
                case "started" -> started = v;
                case "command" -> command = v;
                default -> { }
            }
        }
        return new Holder(pid, started, command);
    }
}
