package cymru.atebol.entity;

import java.util.List;
import java.util.Optional;

import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;

import cymru.atebol.entity.RelationshipQueries.EntityPage;
import cymru.atebol.time.At;

import org.springframework.stereotype.Component;

/**
 * {@code Query.entity} in one round trip when it asks for the entity's superiors
 * ({@code reportsTo} on the entity's own date, the everyday lookup): the query that reads
 * an entity's upward lines returns the entity too, so the lines are read first, handed to
 * {@code reportsTo}'s DataLoader, and the entity comes with them. When that query finds
 * no line (a top, or no such entity) the entity is read on its own, and {@code reportsTo}
 * is known to be empty. Reads at a record time, and lookups that ask for something else,
 * read the entity on its own as before.
 */
@Component
final class EntityLookup {

	private final EntityQueries entities;

	private final RelationshipQueries relationships;

	private final RelationTypes relationTypes;

	EntityLookup(EntityQueries entities, RelationshipQueries relationships, RelationTypes relationTypes) {
		this.entities = entities;
		this.relationships = relationships;
		this.relationTypes = relationTypes;
	}

	Optional<Entity> entity(String id, At at, DataFetchingEnvironment env,
			DataLoader<RelationshipsKey, RelationshipPage> loader) {
		if (at.recordedAsOf() != null || !asksForSuperiorsOnItsDate(env)) {
			return this.entities.entity(id, at);
		}
		RelationshipsKey superiors = EntityRelationshipsController.superiors(id, at, this.relationTypes);
		Optional<EntityPage> found = this.relationships.entityWithPage(superiors);
		if (found.isPresent()) {
			loader.prime(superiors, found.get().page());
			return Optional.of(found.get().entity());
		}
		Optional<Entity> entity = this.entities.entity(id, at);
		if (entity.isPresent()) {
			loader.prime(superiors, RelationshipPage.empty(superiors.offset()));
		}
		return entity;
	}

	/**
	 * One {@code reportsTo} (one key in the answer, however often written: validation has
	 * made sure its arguments agree) without an {@code asOf} of its own.
	 */
	private static boolean asksForSuperiorsOnItsDate(DataFetchingEnvironment env) {
		List<Field> reportsTo = ImmediateFields.named(env, "reportsTo");
		if (reportsTo.isEmpty()) {
			return false;
		}
		String key = ImmediateFields.resultKey(reportsTo.get(0));
		for (Field field : reportsTo) {
			if (!ImmediateFields.resultKey(field).equals(key) || !ImmediateFields.absentOrNull(field, "asOf", env)) {
				return false;
			}
		}
		return true;
	}

}
