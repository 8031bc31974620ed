package cymru.atebol.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * Opaque Relay cursors: the base64 of an item's position in its ordered list. Opaque so
 * that clients do not build them, which leaves room to switch to keyset cursors later.
 */
public final class Cursors {

	private static final String PREFIX = "offset:";

	private Cursors() {
	}

	public static String encode(int offset) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
	}

	/** The offset of the first item after the cursor (0 without one). */
	public static int startAfter(@Nullable String after, String argument) {
		if (after == null) {
			return 0;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
			if (text.startsWith(PREFIX)) {
				int offset = Integer.parseInt(text.substring(PREFIX.length()));
				if (offset >= 0 && offset < Integer.MAX_VALUE) {
					return offset + 1;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// not base64 or not a number: the same answer as any other foreign cursor
		}
		throw new BadArgumentException(argument,
				"'%s' is not a cursor of this connection; pass an endCursor or edge cursor as returned"
					.formatted(after));
	}

}
