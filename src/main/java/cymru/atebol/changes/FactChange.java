package cymru.atebol.changes;

import java.util.List;

/**
 * What one version did to one fact: an entity, relationship, name or change event,
 * {@code CREATED} (no old value), {@code UPDATED} or {@code SUPERSEDED} (no new value),
 * with the fields that differ.
 *
 * @param fact {@code ENTITY}, {@code RELATIONSHIP}, {@code NAME} or {@code EVENT}
 * @param id the fact's id (a name's is the entity's id, {@code @} and its first day)
 * @param change {@code CREATED}, {@code UPDATED} or {@code SUPERSEDED}
 * @param fields the fields whose value changed, by name
 */
public record FactChange(String fact, String id, String change, List<FieldChange> fields) {
}
