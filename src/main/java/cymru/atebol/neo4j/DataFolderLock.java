package cymru.atebol.neo4j;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Takes an exclusive lock on the embedded data folder ({@code <data-dir>/atebol.lock}) as
 * soon as the configuration is known, before the database, the web server or any port is
 * started: a second service on a folder in use is refused at once, with one line, instead
 * of starting and failing minutes later inside Neo4j. The operating system drops the lock
 * when the process ends, also on {@code kill -9}; {@link EmbeddedNeo4j#close()} releases
 * it after the database has shut down.
 */
public final class DataFolderLock implements ApplicationListener<ApplicationEvent> {

	static final String LOCK_FILE = "atebol.lock";

	private static final Map<Path, FileLock> held = new ConcurrentHashMap<>();

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			Path dataDir = embeddedDataDir(prepared.getEnvironment());
			if (dataDir != null) {
				acquire(dataDir);
			}
		}
		else if (event instanceof ApplicationFailedEvent failed && failed.getApplicationContext() != null) {
			Path dataDir = embeddedDataDir(failed.getApplicationContext().getEnvironment());
			if (dataDir != null && !(failed.getException() instanceof DataFolderInUseException)) {
				release(dataDir);
			}
		}
	}

	/** The embedded data folder, or null when an external Neo4j is configured. */
	static Path embeddedDataDir(Environment environment) {
		if (StringUtils.hasText(environment.getProperty(NoNeo4jUriConfigured.URI_PROPERTY))) {
			return null;
		}
		return Binder.get(environment)
			.bind("atebol.embedded.data-dir", Path.class)
			.orElse(Path.of("./data"))
			.toAbsolutePath()
			.normalize();
	}

	public static void acquire(Path dataDir) {
		Path lockFile = dataDir.resolve(LOCK_FILE);
		FileChannel channel = null;
		try {
			Files.createDirectories(dataDir);
			channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock == null) {
				throw new DataFolderInUseException(dataDir);
			}
			held.put(dataDir, lock);
		}
		catch (OverlappingFileLockException ex) {
			close(channel);
			throw new DataFolderInUseException(dataDir);
		}
		catch (DataFolderInUseException ex) {
			close(channel);
			throw ex;
		}
		catch (IOException ex) {
			close(channel);
			throw new IllegalStateException("Could not lock the data folder %s: %s".formatted(dataDir, ex), ex);
		}
	}

	public static void release(Path dataDir) {
		FileLock lock = held.remove(dataDir.toAbsolutePath().normalize());
		if (lock != null) {
			close(lock.channel());
		}
	}

	private static void close(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				// the lock goes with the process anyway
			}
		}
	}

}
