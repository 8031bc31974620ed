package cymru.atebol.export;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import cymru.atebol.entity.Citation;
import cymru.atebol.entity.Relationship;
import cymru.atebol.time.Start;

/**
 * An edge of a network file: a relationship with its own dates and sources, how its start
 * is known, and the spell it is in force (never outside its ends' lifetimes).
 */
record NetworkEdge(Relationship relationship, boolean upward) {

	String id() {
		return this.relationship.id();
	}

	String type() {
		return this.relationship.type();
	}

	String fromId() {
		return this.relationship.from().id();
	}

	String toId() {
		return this.relationship.to().id();
	}

	@Nullable LocalDate validFrom() {
		return this.relationship.validFrom();
	}

	@Nullable String validFromPrecision() {
		return this.relationship.validFromPrecision();
	}

	@Nullable LocalDate validTo() {
		return this.relationship.validTo();
	}

	@Nullable String validToPrecision() {
		return this.relationship.validToPrecision();
	}

	List<Citation> sources() {
		return this.relationship.sources();
	}

	@Nullable String note() {
		return this.relationship.note();
	}

	Start start() {
		return this.relationship.start();
	}

	/** The days it is in force: from its first possible day to its last. */
	Spell inForce() {
		return new Spell(this.relationship.firstDay(), this.relationship.lastDay());
	}

	/**
	 * The id without the {@code @<validFrom>} that tells apart several relationships of
	 * one type between the same two entities: the dynamic files draw those as one edge
	 * with several spells.
	 */
	String pairId() {
		int at = this.relationship.id().indexOf('@');
		return (at < 0) ? this.relationship.id() : this.relationship.id().substring(0, at);
	}

}
