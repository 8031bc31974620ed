package cymru.atebol.export;

import cymru.atebol.entity.Entity;
import cymru.atebol.entity.Name;
import cymru.atebol.time.Start;

/**
 * A vertex of a network file: the entity, viewed at the file's date (or today for the
 * whole history).
 */
record NetworkNode(Entity entity) {

	String id() {
		return this.entity.id();
	}

	/** How the entity's start is known. */
	Start start() {
		return this.entity.start();
	}

	/** The names in force on the date the entity is viewed at. */
	Name name() {
		return this.entity.nameOn(this.entity.asOf());
	}

	/**
	 * When the entity existed: from its start or sourced bound (null: unknown) to its
	 * last day.
	 */
	Spell lifetime() {
		Start start = this.entity.start();
		return new Spell(start.known() ? start.date() : null, this.entity.validTo());
	}

}
