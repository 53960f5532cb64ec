package com.rotadesk.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** One RotaDesk per data folder: a second instance gets a clear message instead of a damaged file. */
final class InstanceLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static InstanceLock acquire(Path folder) {
        Path file = folder.resolve("rotadesk.lock");
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw Failures.of(e, "cannot create the lock file " + file);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                closeQuietly(channel);
                throw new StoreException(StoreException.Problem.LOCKED,
                        "RotaDesk is already running with the data folder " + folder);
            }
            return new InstanceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new StoreException(StoreException.Problem.LOCKED,
                    "RotaDesk is already running with the data folder " + folder, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw Failures.of(e, "cannot lock the data folder " + folder);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS releases the lock with the process anyway
        }
    }
}
