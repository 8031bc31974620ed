package cymru.atebol.backup;

/**
 * A backup file that cannot be restored (not a backup, another format version, truncated,
 * corrupt), or a target it must not be restored into; found before anything is written.
 */
public final class InvalidBackupException extends RuntimeException {

	InvalidBackupException(String message) {
		super(message);
	}

	InvalidBackupException(String message, Throwable cause) {
		super(message, cause);
	}

}
