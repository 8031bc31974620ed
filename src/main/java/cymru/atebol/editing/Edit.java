package cymru.atebol.editing;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One edit in progress: who makes it, the moment it is recorded at (every fact it writes
 * gets this record time) and today's date.
 *
 * @param editor the signed-in editor's name, stored as {@code recordedBy}
 * @param now the record time of everything the edit writes, from the service's clock
 * ({@code Today}), to the millisecond
 * @param today the date corrections and undated events are dated
 */
record Edit(String editor, ZonedDateTime now, LocalDate today) {
}
