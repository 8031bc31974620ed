package cymru.atebol.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether the service accepts mutations at all ({@code atebol.editing.enabled}). Off by
 * default, so that a service started with no configuration is read-only and cannot be
 * edited by anyone; on, it refuses to start unless a way for editors to sign in is
 * configured.
 *
 * @param enabled whether mutations are accepted (from callers with the EDITOR role)
 */
@ConfigurationProperties("atebol.editing")
public record EditingProperties(boolean enabled) {
}
