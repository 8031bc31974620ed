package cymru.atebol.export;

import cymru.atebol.entity.Entity;
import cymru.atebol.entity.Name;

/**
 * A vertex of a network file: the entity (viewed at the file's date, or today for the
 * whole history) and how its start is known.
 */
record NetworkNode(Entity entity, KnownStart start) {

	String id() {
		return this.entity.id();
	}

	/** The names in force on the date the entity is viewed at. */
	Name name() {
		return this.entity.nameOn(this.entity.asOf());
	}

	/** When the entity existed. */
	Spell lifetime() {
		return new Spell(this.entity.validFrom(), this.entity.validTo());
	}

}
