package cymru.atebol.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import cymru.atebol.entity.Entity;
import cymru.atebol.entity.Name;

/**
 * An entity's names over its lifetime as spells that do not overlap: on every day of a
 * spell, {@link Entity#nameOn} gives that spell's name, so the dynamic file agrees with
 * the files of single dates.
 */
final class NameSpells {

	record NameSpell(Name name, Spell spell) {
	}

	private NameSpells() {
	}

	static List<NameSpell> of(Entity entity) {
		Spell lifetime = new Spell(entity.validFrom(), entity.validTo());
		TreeSet<LocalDate> changes = new TreeSet<>();
		for (Name name : entity.formerNames()) {
			if (name.validFrom() != null) {
				changes.add(name.validFrom());
			}
			if (name.validTo() != null) {
				changes.add(name.validTo().plusDays(1));
			}
		}
		List<NameSpell> spells = new ArrayList<>();
		LocalDate from = null;
		for (LocalDate change : changes) {
			add(spells, entity, new Spell(from, change.minusDays(1)).within(lifetime));
			from = change;
		}
		add(spells, entity, new Spell(from, null).within(lifetime));
		return spells;
	}

	/**
	 * Adds the name of a piece of time, joined to the spell before when it is the same.
	 */
	private static void add(List<NameSpell> spells, Entity entity, Spell piece) {
		if (piece.isEmpty()) {
			return;
		}
		LocalDate day = (piece.from() != null) ? piece.from() : piece.to();
		Name name = (day != null) ? entity.nameOn(day) : entity.nameOn(entity.asOf());
		if (!spells.isEmpty()) {
			NameSpell last = spells.get(spells.size() - 1);
			if (sameNames(last.name(), name)) {
				spells.set(spells.size() - 1, new NameSpell(last.name(), new Spell(last.spell().from(), piece.to())));
				return;
			}
		}
		spells.add(new NameSpell(name, piece));
	}

	private static boolean sameNames(Name a, Name b) {
		return a.name().equals(b.name()) && Objects.equals(a.nameCy(), b.nameCy())
				&& Objects.equals(a.shortName(), b.shortName());
	}

}
